package org.neuromtj.chip.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neuromtj.chip.regs.ChipRegisters;

/**
 * Reads RV32 ELF executables and checks everything that would otherwise fail later and less clearly:
 * the class, byte order, machine, the compressed-instruction flag, truncation, and that every segment
 * and the entry point lie in RAM.
 */
public final class ElfReader {
    private static final int EHDR_SIZE = 52;
    private static final int PHDR_SIZE = 32;
    private static final int SHDR_SIZE = 40;
    private static final int EM_RISCV = 243;
    private static final int ET_EXEC = 2;
    private static final int PT_LOAD = 1;
    private static final int SHT_SYMTAB = 2;
    private static final int EF_RISCV_RVC = 1;
    private static final int EF_RISCV_FLOAT_ABI = 6;
    private static final Map<Integer, String> MACHINES = Map.of(3, "x86", 8, "MIPS", 20, "PowerPC", 40, "ARM",
            62, "x86-64", 183, "AArch64", EM_RISCV, "RISC-V");

    private final long ramBase;
    private final long ramSize;

    /** @return a reader accepting images that fit the chip's RAM, as the register description places it */
    public static ElfReader forChip() {
        return new ElfReader(ChipRegisters.RAM_BASE, ChipRegisters.RAM_SIZE);
    }

    /**
     * @param ramBase first RAM address
     * @param ramSize RAM size in bytes
     */
    public ElfReader(long ramBase, long ramSize) {
        this.ramBase = ramBase;
        this.ramSize = ramSize;
    }

    /**
     * @param file the ELF file
     * @return the validated image
     * @throws ElfException naming the file and the problem
     */
    public ElfImage read(Path file) throws ElfException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ElfException(file + ": no such file");
        } catch (IOException e) {
            throw new ElfException(file + ": cannot be read: " + e.getMessage());
        }
        return read(file.toString(), bytes);
    }

    /**
     * @param name  file name, for messages
     * @param bytes the file's contents
     * @return the validated image
     * @throws ElfException naming the file and the problem
     */
    public ElfImage read(String name, byte[] bytes) throws ElfException {
        if (bytes.length < 4 || bytes[0] != 0x7F || bytes[1] != 'E' || bytes[2] != 'L' || bytes[3] != 'F') {
            throw new ElfException(name + ": not an ELF file");
        }
        if (bytes.length < EHDR_SIZE) {
            throw new ElfException(name + ": truncated ELF header (" + bytes.length + " bytes)");
        }
        if (bytes[4] == 2) {
            throw new ElfException(name + ": 64-bit ELF; NeuroMTJ runs 32-bit RISC-V (RV32) firmware");
        }
        if (bytes[4] != 1) {
            throw new ElfException(name + ": unknown ELF class " + bytes[4]);
        }
        if (bytes[5] != 1) {
            throw new ElfException(name + ": big-endian ELF; RISC-V firmware is little-endian");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int machine = Short.toUnsignedInt(b.getShort(18));
        if (machine != EM_RISCV) {
            throw new ElfException(name + ": built for " + MACHINES.getOrDefault(machine, "machine " + machine)
                    + ", not RISC-V");
        }
        int type = Short.toUnsignedInt(b.getShort(16));
        if (type != ET_EXEC) {
            throw new ElfException(name + ": not an executable (ELF type " + type + "); link it first");
        }
        int flags = b.getInt(36);
        if ((flags & EF_RISCV_RVC) != 0) {
            throw new ElfException(name + ": uses compressed instructions (C extension); the control core is RV32IM,"
                    + " build with -march=rv32im_zicsr");
        }
        if ((flags & EF_RISCV_FLOAT_ABI) != 0) {
            throw new ElfException(name + ": uses a hard-float ABI; build with -mabi=ilp32");
        }
        long entry = Integer.toUnsignedLong(b.getInt(24));
        List<Segment> segments = segments(name, bytes, b);
        if (segments.isEmpty()) {
            throw new ElfException(name + ": has no loadable segment");
        }
        if (!inRam(entry, 4)) {
            throw new ElfException(name + ": entry point 0x" + Long.toHexString(entry) + " is outside RAM " + ram());
        }
        return new ElfImage(name, (int) entry, segments, symbols(name, bytes, b));
    }

    private List<Segment> segments(String name, byte[] bytes, ByteBuffer b) throws ElfException {
        long phoff = Integer.toUnsignedLong(b.getInt(28));
        int phentsize = Short.toUnsignedInt(b.getShort(42));
        int phnum = Short.toUnsignedInt(b.getShort(44));
        if (phnum > 0 && phentsize < PHDR_SIZE) {
            throw new ElfException(name + ": program header entries of " + phentsize + " bytes are too small");
        }
        if (phoff + (long) phnum * phentsize > bytes.length) {
            throw new ElfException(name + ": truncated: program headers end past the file's " + bytes.length + " bytes");
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int p = (int) (phoff + (long) i * phentsize);
            if (b.getInt(p) != PT_LOAD) {
                continue;
            }
            long offset = Integer.toUnsignedLong(b.getInt(p + 4));
            long paddr = Integer.toUnsignedLong(b.getInt(p + 12));
            long filesz = Integer.toUnsignedLong(b.getInt(p + 16));
            long memsz = Integer.toUnsignedLong(b.getInt(p + 20));
            if (memsz == 0) {
                continue;
            }
            if (offset + filesz > bytes.length) {
                throw new ElfException(name + ": truncated: segment " + i + " ends at byte " + (offset + filesz)
                        + " of a " + bytes.length + "-byte file");
            }
            if (filesz > memsz) {
                throw new ElfException(name + ": segment " + i + " has more file bytes than memory bytes");
            }
            if (!inRam(paddr, memsz)) {
                throw new ElfException(String.format("%s: segment %d at 0x%x (%d bytes) lies outside RAM %s",
                        name, i, paddr, memsz, ram()));
            }
            byte[] data = new byte[(int) filesz];
            System.arraycopy(bytes, (int) offset, data, 0, (int) filesz);
            segments.add(new Segment(paddr, data, memsz));
        }
        return segments;
    }

    private Map<String, Integer> symbols(String name, byte[] bytes, ByteBuffer b) throws ElfException {
        long shoff = Integer.toUnsignedLong(b.getInt(32));
        int shentsize = Short.toUnsignedInt(b.getShort(46));
        int shnum = Short.toUnsignedInt(b.getShort(48));
        Map<String, Integer> symbols = new HashMap<>();
        if (shnum == 0) {
            return symbols;
        }
        if (shentsize < SHDR_SIZE || shoff + (long) shnum * shentsize > bytes.length) {
            throw new ElfException(name + ": truncated: section headers end past the file's " + bytes.length + " bytes");
        }
        for (int i = 0; i < shnum; i++) {
            int s = (int) (shoff + (long) i * shentsize);
            if (b.getInt(s + 4) != SHT_SYMTAB) {
                continue;
            }
            long offset = Integer.toUnsignedLong(b.getInt(s + 16));
            long size = Integer.toUnsignedLong(b.getInt(s + 20));
            int link = b.getInt(s + 24);
            if (link < 0 || link >= shnum || offset + size > bytes.length) {
                throw new ElfException(name + ": malformed symbol table");
            }
            int str = (int) (shoff + (long) link * shentsize);
            long strOffset = Integer.toUnsignedLong(b.getInt(str + 16));
            long strSize = Integer.toUnsignedLong(b.getInt(str + 20));
            if (strOffset + strSize > bytes.length) {
                throw new ElfException(name + ": truncated: string table ends past the end of the file");
            }
            for (long e = offset; e + 16 <= offset + size; e += 16) {
                int nameOffset = b.getInt((int) e);
                int info = bytes[(int) e + 12] & 0xF;
                if (nameOffset <= 0 || nameOffset >= strSize || (info != 1 && info != 2 && info != 0)) {
                    continue;
                }
                int start = (int) (strOffset + nameOffset);
                int end = start;
                while (end < strOffset + strSize && bytes[end] != 0) {
                    end++;
                }
                String symbol = new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
                if (!symbol.isEmpty() && !symbol.startsWith("$")) {
                    symbols.putIfAbsent(symbol, b.getInt((int) e + 4));
                }
            }
        }
        return symbols;
    }

    private boolean inRam(long address, long length) {
        return address >= ramBase && address + length <= ramBase + ramSize;
    }

    private String ram() {
        return String.format("0x%08x-0x%08x", ramBase, ramBase + ramSize - 1);
    }
}
