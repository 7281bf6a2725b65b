/**
 * @file
 * @brief The chip's memory map and registers, for firmware.
 *
 * Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
 * A register's accessor reads or writes it as a volatile lvalue; an array's takes the element.
 */
#ifndef NMTJ_REGS_H
#define NMTJ_REGS_H

#include <stdint.h>

#define NMTJ_REGS_VERSION 1 /**< Version of the register description this header was generated from. */

/* RAM: Main memory of the control core; code, data and stack of the firmware. */
#define NMTJ_RAM_BASE 0x80000000u /**< First address of RAM. */
#define NMTJ_RAM_SIZE 0x01000000u /**< Bytes of RAM. */

/* FINISHER: Test finisher, compatible with QEMU virt's sifive_test device. A 32-bit write ends the simulation. */
#define NMTJ_FINISHER_BASE 0x00100000u /**< Base address of FINISHER. */
#define NMTJ_FINISHER_SIZE 0x00001000u /**< Bytes of address space FINISHER decodes. */
#define NMTJ_FINISHER_CTRL_OFFSET 0x0u /**< Byte offset of FINISHER.CTRL from NMTJ_FINISHER_BASE. */
#define NMTJ_FINISHER_CTRL_RESET 0x00000000u /**< Value of FINISHER.CTRL after reset. */
#define NMTJ_FINISHER_CTRL (*(volatile uint32_t *)(NMTJ_FINISHER_BASE + NMTJ_FINISHER_CTRL_OFFSET)) /**< FINISHER.CTRL (WO, 32 bits): Writing a status code ends the simulation. */
#define NMTJ_FINISHER_CTRL_STATUS_LSB 0 /**< Lowest bit of FINISHER.CTRL.STATUS: 0x5555 exits with status 0, 0x3333 exits with status CODE, 0x7777 resets. */
#define NMTJ_FINISHER_CTRL_STATUS_MASK 0x0000FFFFu /**< Bits of FINISHER.CTRL.STATUS in place. */
#define NMTJ_FINISHER_CTRL_CODE_LSB 16 /**< Lowest bit of FINISHER.CTRL.CODE: Exit status used with STATUS 0x3333. */
#define NMTJ_FINISHER_CTRL_CODE_MASK 0xFFFF0000u /**< Bits of FINISHER.CTRL.CODE in place. */
#define NMTJ_FINISHER_PASS 0x5555u /**< STATUS value for a successful exit. */
#define NMTJ_FINISHER_FAIL 0x3333u /**< STATUS value for an exit with CODE. */
#define NMTJ_FINISHER_RESET 0x7777u /**< STATUS value requesting a reset. */

/* CLINT: Core-local interruptor, compatible with SiFive's CLINT: software interrupt, machine timer and the 64-bit time base. mtime counts at the timebase frequency (core clock divided by 10). */
#define NMTJ_CLINT_BASE 0x02000000u /**< Base address of CLINT. */
#define NMTJ_CLINT_SIZE 0x00010000u /**< Bytes of address space CLINT decodes. */
#define NMTJ_CLINT_MSIP_OFFSET 0x0u /**< Byte offset of CLINT.MSIP from NMTJ_CLINT_BASE. */
#define NMTJ_CLINT_MSIP_RESET 0x00000000u /**< Value of CLINT.MSIP after reset. */
#define NMTJ_CLINT_MSIP (*(volatile uint32_t *)(NMTJ_CLINT_BASE + NMTJ_CLINT_MSIP_OFFSET)) /**< CLINT.MSIP (RW, 32 bits): Machine software interrupt pending for hart 0. */
#define NMTJ_CLINT_MSIP_MSIP_LSB 0 /**< Lowest bit of CLINT.MSIP.MSIP: Raises the machine software interrupt while set. */
#define NMTJ_CLINT_MSIP_MSIP_MASK 0x00000001u /**< Bits of CLINT.MSIP.MSIP in place. */
#define NMTJ_CLINT_MTIMECMP_OFFSET 0x4000u /**< Byte offset of CLINT.MTIMECMP from NMTJ_CLINT_BASE. */
#define NMTJ_CLINT_MTIMECMP_RESET 0xFFFFFFFFFFFFFFFFull /**< Value of CLINT.MTIMECMP after reset. */
#define NMTJ_CLINT_MTIMECMP (*(volatile uint64_t *)(NMTJ_CLINT_BASE + NMTJ_CLINT_MTIMECMP_OFFSET)) /**< CLINT.MTIMECMP (RW, 64 bits): Timer compare for hart 0; the machine timer interrupt is pending while MTIME >= MTIMECMP. Accessible as two 32-bit halves. */
#define NMTJ_CLINT_MTIMECMP_LO (*(volatile uint32_t *)(NMTJ_CLINT_BASE + NMTJ_CLINT_MTIMECMP_OFFSET)) /**< Low 32 bits of CLINT.MTIMECMP. */
#define NMTJ_CLINT_MTIMECMP_HI (*(volatile uint32_t *)(NMTJ_CLINT_BASE + NMTJ_CLINT_MTIMECMP_OFFSET + 4u)) /**< High 32 bits of CLINT.MTIMECMP. */
#define NMTJ_CLINT_MTIME_OFFSET 0xBFF8u /**< Byte offset of CLINT.MTIME from NMTJ_CLINT_BASE. */
#define NMTJ_CLINT_MTIME_RESET 0x0000000000000000ull /**< Value of CLINT.MTIME after reset. */
#define NMTJ_CLINT_MTIME (*(volatile uint64_t *)(NMTJ_CLINT_BASE + NMTJ_CLINT_MTIME_OFFSET)) /**< CLINT.MTIME (RW, 64 bits): Time base counting at the timebase frequency. Accessible as two 32-bit halves. */
#define NMTJ_CLINT_MTIME_LO (*(volatile uint32_t *)(NMTJ_CLINT_BASE + NMTJ_CLINT_MTIME_OFFSET)) /**< Low 32 bits of CLINT.MTIME. */
#define NMTJ_CLINT_MTIME_HI (*(volatile uint32_t *)(NMTJ_CLINT_BASE + NMTJ_CLINT_MTIME_OFFSET + 4u)) /**< High 32 bits of CLINT.MTIME. */
#define NMTJ_CLINT_TIMEBASE_HZ 0x989680u /**< Frequency of MTIME in hertz. */
#define NMTJ_CLINT_CORE_HZ 0x5F5E100u /**< Frequency of the control core clock (mcycle) in hertz. */

/* PLIC: Platform-level interrupt controller (subset compatible with QEMU virt's PLIC): 31 sources, one context (hart 0, machine mode). Source 0 does not exist. */
#define NMTJ_PLIC_BASE 0x0C000000u /**< Base address of PLIC. */
#define NMTJ_PLIC_SIZE 0x00400000u /**< Bytes of address space PLIC decodes. */
#define NMTJ_PLIC_PRIORITY_OFFSET 0x0u /**< Byte offset of PLIC.PRIORITY from NMTJ_PLIC_BASE. */
#define NMTJ_PLIC_PRIORITY_RESET 0x00000000u /**< Value of PLIC.PRIORITY after reset. */
#define NMTJ_PLIC_PRIORITY_COUNT 32 /**< Elements of PLIC.PRIORITY. */
#define NMTJ_PLIC_PRIORITY_STRIDE 4 /**< Bytes from one element of PLIC.PRIORITY to the next. */
#define NMTJ_PLIC_PRIORITY(n) (*(volatile uint32_t *)(NMTJ_PLIC_BASE + NMTJ_PLIC_PRIORITY_OFFSET + (uint32_t)(n) * NMTJ_PLIC_PRIORITY_STRIDE)) /**< Element n of PLIC.PRIORITY (RW, 32 bits): Priority of source n (0 disables it); element 0 is reserved. */
#define NMTJ_PLIC_PRIORITY_PRIO_LSB 0 /**< Lowest bit of PLIC.PRIORITY.PRIO: Priority 0..7. */
#define NMTJ_PLIC_PRIORITY_PRIO_MASK 0x00000007u /**< Bits of PLIC.PRIORITY.PRIO in place. */
#define NMTJ_PLIC_PENDING_OFFSET 0x1000u /**< Byte offset of PLIC.PENDING from NMTJ_PLIC_BASE. */
#define NMTJ_PLIC_PENDING_RESET 0x00000000u /**< Value of PLIC.PENDING after reset. */
#define NMTJ_PLIC_PENDING (*(volatile uint32_t *)(NMTJ_PLIC_BASE + NMTJ_PLIC_PENDING_OFFSET)) /**< PLIC.PENDING (RO, 32 bits): One pending bit per source. */
#define NMTJ_PLIC_ENABLE_OFFSET 0x2000u /**< Byte offset of PLIC.ENABLE from NMTJ_PLIC_BASE. */
#define NMTJ_PLIC_ENABLE_RESET 0x00000000u /**< Value of PLIC.ENABLE after reset. */
#define NMTJ_PLIC_ENABLE (*(volatile uint32_t *)(NMTJ_PLIC_BASE + NMTJ_PLIC_ENABLE_OFFSET)) /**< PLIC.ENABLE (RW, 32 bits): One enable bit per source for context 0. */
#define NMTJ_PLIC_THRESHOLD_OFFSET 0x200000u /**< Byte offset of PLIC.THRESHOLD from NMTJ_PLIC_BASE. */
#define NMTJ_PLIC_THRESHOLD_RESET 0x00000000u /**< Value of PLIC.THRESHOLD after reset. */
#define NMTJ_PLIC_THRESHOLD (*(volatile uint32_t *)(NMTJ_PLIC_BASE + NMTJ_PLIC_THRESHOLD_OFFSET)) /**< PLIC.THRESHOLD (RW, 32 bits): Sources whose priority is not above the threshold are masked. */
#define NMTJ_PLIC_THRESHOLD_THRESHOLD_LSB 0 /**< Lowest bit of PLIC.THRESHOLD.THRESHOLD: Threshold 0..7. */
#define NMTJ_PLIC_THRESHOLD_THRESHOLD_MASK 0x00000007u /**< Bits of PLIC.THRESHOLD.THRESHOLD in place. */
#define NMTJ_PLIC_CLAIM_OFFSET 0x200004u /**< Byte offset of PLIC.CLAIM from NMTJ_PLIC_BASE. */
#define NMTJ_PLIC_CLAIM_RESET 0x00000000u /**< Value of PLIC.CLAIM after reset. */
#define NMTJ_PLIC_CLAIM (*(volatile uint32_t *)(NMTJ_PLIC_BASE + NMTJ_PLIC_CLAIM_OFFSET)) /**< PLIC.CLAIM (RW, 32 bits): Reading claims the highest-priority pending enabled source (0 if none) and clears its pending bit; writing the claimed id completes it. */

/* UART0: Serial port, a subset of the NS16550A compatible with QEMU virt's: byte registers, no FIFO timing; transmission is instant, so THRE and TEMT always read as 1. */
#define NMTJ_UART0_BASE 0x10000000u /**< Base address of UART0. */
#define NMTJ_UART0_SIZE 0x00000100u /**< Bytes of address space UART0 decodes. */
#define NMTJ_UART0_RBR_OFFSET 0x0u /**< Byte offset of UART0.RBR from NMTJ_UART0_BASE. */
#define NMTJ_UART0_RBR_RESET 0x00u /**< Value of UART0.RBR after reset. */
#define NMTJ_UART0_RBR (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_RBR_OFFSET)) /**< UART0.RBR (RC, 8 bits): Receive buffer; reading takes the oldest received byte. */
#define NMTJ_UART0_THR_OFFSET 0x0u /**< Byte offset of UART0.THR from NMTJ_UART0_BASE. */
#define NMTJ_UART0_THR_RESET 0x00u /**< Value of UART0.THR after reset. */
#define NMTJ_UART0_THR (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_THR_OFFSET)) /**< UART0.THR (WO, 8 bits): Transmit holding register; writing sends one byte. */
#define NMTJ_UART0_DLL_OFFSET 0x0u /**< Byte offset of UART0.DLL from NMTJ_UART0_BASE. */
#define NMTJ_UART0_DLL_RESET 0x00u /**< Value of UART0.DLL after reset. */
#define NMTJ_UART0_DLL (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_DLL_OFFSET)) /**< UART0.DLL (RW, 8 bits): Divisor latch, low byte. */
#define NMTJ_UART0_IER_OFFSET 0x1u /**< Byte offset of UART0.IER from NMTJ_UART0_BASE. */
#define NMTJ_UART0_IER_RESET 0x00u /**< Value of UART0.IER after reset. */
#define NMTJ_UART0_IER (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_IER_OFFSET)) /**< UART0.IER (RW, 8 bits): Interrupt enable. */
#define NMTJ_UART0_IER_ERBFI_LSB 0 /**< Lowest bit of UART0.IER.ERBFI: Received data available interrupt enable. */
#define NMTJ_UART0_IER_ERBFI_MASK 0x01u /**< Bits of UART0.IER.ERBFI in place. */
#define NMTJ_UART0_IER_ETBEI_LSB 1 /**< Lowest bit of UART0.IER.ETBEI: Transmit holding register empty interrupt enable. */
#define NMTJ_UART0_IER_ETBEI_MASK 0x02u /**< Bits of UART0.IER.ETBEI in place. */
#define NMTJ_UART0_DLM_OFFSET 0x1u /**< Byte offset of UART0.DLM from NMTJ_UART0_BASE. */
#define NMTJ_UART0_DLM_RESET 0x00u /**< Value of UART0.DLM after reset. */
#define NMTJ_UART0_DLM (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_DLM_OFFSET)) /**< UART0.DLM (RW, 8 bits): Divisor latch, high byte. */
#define NMTJ_UART0_IIR_OFFSET 0x2u /**< Byte offset of UART0.IIR from NMTJ_UART0_BASE. */
#define NMTJ_UART0_IIR_RESET 0x01u /**< Value of UART0.IIR after reset. */
#define NMTJ_UART0_IIR (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_IIR_OFFSET)) /**< UART0.IIR (RC, 8 bits): Interrupt identification; reading it acknowledges a THR-empty interrupt. */
#define NMTJ_UART0_IIR_NOPEND_LSB 0 /**< Lowest bit of UART0.IIR.NOPEND: 1 when no interrupt is pending. */
#define NMTJ_UART0_IIR_NOPEND_MASK 0x01u /**< Bits of UART0.IIR.NOPEND in place. */
#define NMTJ_UART0_IIR_IID_LSB 1 /**< Lowest bit of UART0.IIR.IID: 2: received data available; 1: THR empty. */
#define NMTJ_UART0_IIR_IID_MASK 0x0Eu /**< Bits of UART0.IIR.IID in place. */
#define NMTJ_UART0_FCR_OFFSET 0x2u /**< Byte offset of UART0.FCR from NMTJ_UART0_BASE. */
#define NMTJ_UART0_FCR_RESET 0x00u /**< Value of UART0.FCR after reset. */
#define NMTJ_UART0_FCR (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_FCR_OFFSET)) /**< UART0.FCR (WO, 8 bits): FIFO control; accepted and ignored. */
#define NMTJ_UART0_LCR_OFFSET 0x3u /**< Byte offset of UART0.LCR from NMTJ_UART0_BASE. */
#define NMTJ_UART0_LCR_RESET 0x00u /**< Value of UART0.LCR after reset. */
#define NMTJ_UART0_LCR (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_LCR_OFFSET)) /**< UART0.LCR (RW, 8 bits): Line control. */
#define NMTJ_UART0_LCR_WLS_LSB 0 /**< Lowest bit of UART0.LCR.WLS: Word length select. */
#define NMTJ_UART0_LCR_WLS_MASK 0x03u /**< Bits of UART0.LCR.WLS in place. */
#define NMTJ_UART0_LCR_STB_LSB 2 /**< Lowest bit of UART0.LCR.STB: Stop bits. */
#define NMTJ_UART0_LCR_STB_MASK 0x04u /**< Bits of UART0.LCR.STB in place. */
#define NMTJ_UART0_LCR_PEN_LSB 3 /**< Lowest bit of UART0.LCR.PEN: Parity enable. */
#define NMTJ_UART0_LCR_PEN_MASK 0x08u /**< Bits of UART0.LCR.PEN in place. */
#define NMTJ_UART0_LCR_DLAB_LSB 7 /**< Lowest bit of UART0.LCR.DLAB: Divisor latch access. */
#define NMTJ_UART0_LCR_DLAB_MASK 0x80u /**< Bits of UART0.LCR.DLAB in place. */
#define NMTJ_UART0_MCR_OFFSET 0x4u /**< Byte offset of UART0.MCR from NMTJ_UART0_BASE. */
#define NMTJ_UART0_MCR_RESET 0x00u /**< Value of UART0.MCR after reset. */
#define NMTJ_UART0_MCR (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_MCR_OFFSET)) /**< UART0.MCR (RW, 8 bits): Modem control; stored, no effect. */
#define NMTJ_UART0_LSR_OFFSET 0x5u /**< Byte offset of UART0.LSR from NMTJ_UART0_BASE. */
#define NMTJ_UART0_LSR_RESET 0x60u /**< Value of UART0.LSR after reset. */
#define NMTJ_UART0_LSR (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_LSR_OFFSET)) /**< UART0.LSR (RO, 8 bits): Line status. */
#define NMTJ_UART0_LSR_DR_LSB 0 /**< Lowest bit of UART0.LSR.DR: Received data ready. */
#define NMTJ_UART0_LSR_DR_MASK 0x01u /**< Bits of UART0.LSR.DR in place. */
#define NMTJ_UART0_LSR_THRE_LSB 5 /**< Lowest bit of UART0.LSR.THRE: Transmit holding register empty. */
#define NMTJ_UART0_LSR_THRE_MASK 0x20u /**< Bits of UART0.LSR.THRE in place. */
#define NMTJ_UART0_LSR_TEMT_LSB 6 /**< Lowest bit of UART0.LSR.TEMT: Transmitter empty. */
#define NMTJ_UART0_LSR_TEMT_MASK 0x40u /**< Bits of UART0.LSR.TEMT in place. */
#define NMTJ_UART0_MSR_OFFSET 0x6u /**< Byte offset of UART0.MSR from NMTJ_UART0_BASE. */
#define NMTJ_UART0_MSR_RESET 0x00u /**< Value of UART0.MSR after reset. */
#define NMTJ_UART0_MSR (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_MSR_OFFSET)) /**< UART0.MSR (RO, 8 bits): Modem status; always 0. */
#define NMTJ_UART0_SCR_OFFSET 0x7u /**< Byte offset of UART0.SCR from NMTJ_UART0_BASE. */
#define NMTJ_UART0_SCR_RESET 0x00u /**< Value of UART0.SCR after reset. */
#define NMTJ_UART0_SCR (*(volatile uint8_t *)(NMTJ_UART0_BASE + NMTJ_UART0_SCR_OFFSET)) /**< UART0.SCR (RW, 8 bits): Scratch register. */

/* NPU: The neural processing unit: the timestep sequencer, the input and output spike FIFOs, the DMA engine, the routing tables of the mesh and the tiles' input maps and output masks. Its interrupt line is NPU. */
#define NMTJ_NPU_BASE 0x40000000u /**< Base address of NPU. */
#define NMTJ_NPU_SIZE 0x00010000u /**< Bytes of address space NPU decodes. */
#define NMTJ_NPU_MESH_OFFSET 0x0u /**< Byte offset of NPU.MESH from NMTJ_NPU_BASE. */
#define NMTJ_NPU_MESH_RESET 0x00000000u /**< Value of NPU.MESH after reset. */
#define NMTJ_NPU_MESH (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_MESH_OFFSET)) /**< NPU.MESH (RO, 32 bits): Shape of the mesh of tiles. */
#define NMTJ_NPU_MESH_WIDTH_LSB 0 /**< Lowest bit of NPU.MESH.WIDTH: Tiles in x. */
#define NMTJ_NPU_MESH_WIDTH_MASK 0x000000FFu /**< Bits of NPU.MESH.WIDTH in place. */
#define NMTJ_NPU_MESH_HEIGHT_LSB 8 /**< Lowest bit of NPU.MESH.HEIGHT: Tiles in y. */
#define NMTJ_NPU_MESH_HEIGHT_MASK 0x0000FF00u /**< Bits of NPU.MESH.HEIGHT in place. */
#define NMTJ_NPU_RUN_OFFSET 0x4u /**< Byte offset of NPU.RUN from NMTJ_NPU_BASE. */
#define NMTJ_NPU_RUN_RESET 0x00000000u /**< Value of NPU.RUN after reset. */
#define NMTJ_NPU_RUN (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_RUN_OFFSET)) /**< NPU.RUN (WO, 32 bits): Writing N > 0 runs N more timesteps (added to any still to run). */
#define NMTJ_NPU_STATUS_OFFSET 0x8u /**< Byte offset of NPU.STATUS from NMTJ_NPU_BASE. */
#define NMTJ_NPU_STATUS_RESET 0x00000000u /**< Value of NPU.STATUS after reset. */
#define NMTJ_NPU_STATUS (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_STATUS_OFFSET)) /**< NPU.STATUS (RO, 32 bits): Sequencer state and sticky errors (cleared by writing ERROR_CLEAR). */
#define NMTJ_NPU_STATUS_BUSY_LSB 0 /**< Lowest bit of NPU.STATUS.BUSY: Timesteps are running or remain to run. */
#define NMTJ_NPU_STATUS_BUSY_MASK 0x00000001u /**< Bits of NPU.STATUS.BUSY in place. */
#define NMTJ_NPU_STATUS_HELD_LSB 1 /**< Lowest bit of NPU.STATUS.HELD: The sequencer waits for the core to read the full output FIFO. */
#define NMTJ_NPU_STATUS_HELD_MASK 0x00000002u /**< Bits of NPU.STATUS.HELD in place. */
#define NMTJ_NPU_STATUS_INPUT_OVERFLOW_LSB 2 /**< Lowest bit of NPU.STATUS.INPUT_OVERFLOW: An input spike was refused (FIFO full, or no such tile or row). */
#define NMTJ_NPU_STATUS_INPUT_OVERFLOW_MASK 0x00000004u /**< Bits of NPU.STATUS.INPUT_OVERFLOW in place. */
#define NMTJ_NPU_STATUS_ROUTE_ERROR_LSB 3 /**< Lowest bit of NPU.STATUS.ROUTE_ERROR: A routing table commit was refused; see ROUTE_ERROR_TILE. */
#define NMTJ_NPU_STATUS_ROUTE_ERROR_MASK 0x00000008u /**< Bits of NPU.STATUS.ROUTE_ERROR in place. */
#define NMTJ_NPU_STATUS_DMA_ERROR_LSB 4 /**< Lowest bit of NPU.STATUS.DMA_ERROR: A DMA descriptor pointed outside RAM, or back into its own chain; that transfer stopped. */
#define NMTJ_NPU_STATUS_DMA_ERROR_MASK 0x00000010u /**< Bits of NPU.STATUS.DMA_ERROR in place. */
#define NMTJ_NPU_STATUS_UNMAPPED_LSB 5 /**< Lowest bit of NPU.STATUS.UNMAPPED: A packet reached a tile whose input map has no entry for its key; it drove no row and was counted in SPIKES_UNMAPPED. Set when that timestep ends. */
#define NMTJ_NPU_STATUS_UNMAPPED_MASK 0x00000020u /**< Bits of NPU.STATUS.UNMAPPED in place. */
#define NMTJ_NPU_ERROR_CLEAR_OFFSET 0xCu /**< Byte offset of NPU.ERROR_CLEAR from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ERROR_CLEAR_RESET 0x00000000u /**< Value of NPU.ERROR_CLEAR after reset. */
#define NMTJ_NPU_ERROR_CLEAR (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ERROR_CLEAR_OFFSET)) /**< NPU.ERROR_CLEAR (WO, 32 bits): Writing any value clears the sticky error bits of STATUS. */
#define NMTJ_NPU_TIMESTEPS_DONE_OFFSET 0x10u /**< Byte offset of NPU.TIMESTEPS_DONE from NMTJ_NPU_BASE. */
#define NMTJ_NPU_TIMESTEPS_DONE_RESET 0x00000000u /**< Value of NPU.TIMESTEPS_DONE after reset. */
#define NMTJ_NPU_TIMESTEPS_DONE (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_TIMESTEPS_DONE_OFFSET)) /**< NPU.TIMESTEPS_DONE (RO, 32 bits): Timesteps completed since reset. */
#define NMTJ_NPU_TIMESTEPS_LEFT_OFFSET 0x14u /**< Byte offset of NPU.TIMESTEPS_LEFT from NMTJ_NPU_BASE. */
#define NMTJ_NPU_TIMESTEPS_LEFT_RESET 0x00000000u /**< Value of NPU.TIMESTEPS_LEFT after reset. */
#define NMTJ_NPU_TIMESTEPS_LEFT (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_TIMESTEPS_LEFT_OFFSET)) /**< NPU.TIMESTEPS_LEFT (RO, 32 bits): Timesteps still to run. */
#define NMTJ_NPU_LAST_CYCLES_OFFSET 0x18u /**< Byte offset of NPU.LAST_CYCLES from NMTJ_NPU_BASE. */
#define NMTJ_NPU_LAST_CYCLES_RESET 0x00000000u /**< Value of NPU.LAST_CYCLES after reset. */
#define NMTJ_NPU_LAST_CYCLES (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_LAST_CYCLES_OFFSET)) /**< NPU.LAST_CYCLES (RO, 32 bits): NPU cycles the last timestep took. */
#define NMTJ_NPU_IRQ_PENDING_OFFSET 0x20u /**< Byte offset of NPU.IRQ_PENDING from NMTJ_NPU_BASE. */
#define NMTJ_NPU_IRQ_PENDING_RESET 0x00000000u /**< Value of NPU.IRQ_PENDING after reset. */
#define NMTJ_NPU_IRQ_PENDING (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_IRQ_PENDING_OFFSET)) /**< NPU.IRQ_PENDING (W1C, 32 bits): Interrupt causes; the NPU line is raised while any enabled cause is pending. */
#define NMTJ_NPU_IRQ_PENDING_OUTPUT_READY_LSB 0 /**< Lowest bit of NPU.IRQ_PENDING.OUTPUT_READY: The output FIFO holds a spike. */
#define NMTJ_NPU_IRQ_PENDING_OUTPUT_READY_MASK 0x00000001u /**< Bits of NPU.IRQ_PENDING.OUTPUT_READY in place. */
#define NMTJ_NPU_IRQ_PENDING_TIMESTEP_DONE_LSB 1 /**< Lowest bit of NPU.IRQ_PENDING.TIMESTEP_DONE: A timestep completed. */
#define NMTJ_NPU_IRQ_PENDING_TIMESTEP_DONE_MASK 0x00000002u /**< Bits of NPU.IRQ_PENDING.TIMESTEP_DONE in place. */
#define NMTJ_NPU_IRQ_PENDING_RUN_DONE_LSB 2 /**< Lowest bit of NPU.IRQ_PENDING.RUN_DONE: The last timestep of a RUN completed. */
#define NMTJ_NPU_IRQ_PENDING_RUN_DONE_MASK 0x00000004u /**< Bits of NPU.IRQ_PENDING.RUN_DONE in place. */
#define NMTJ_NPU_IRQ_PENDING_ERROR_LSB 3 /**< Lowest bit of NPU.IRQ_PENDING.ERROR: An error bit of STATUS was set. */
#define NMTJ_NPU_IRQ_PENDING_ERROR_MASK 0x00000008u /**< Bits of NPU.IRQ_PENDING.ERROR in place. */
#define NMTJ_NPU_IRQ_PENDING_DMA_DONE_LSB 4 /**< Lowest bit of NPU.IRQ_PENDING.DMA_DONE: A DMA descriptor chain completed. */
#define NMTJ_NPU_IRQ_PENDING_DMA_DONE_MASK 0x00000010u /**< Bits of NPU.IRQ_PENDING.DMA_DONE in place. */
#define NMTJ_NPU_IRQ_ENABLE_OFFSET 0x24u /**< Byte offset of NPU.IRQ_ENABLE from NMTJ_NPU_BASE. */
#define NMTJ_NPU_IRQ_ENABLE_RESET 0x00000000u /**< Value of NPU.IRQ_ENABLE after reset. */
#define NMTJ_NPU_IRQ_ENABLE (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_IRQ_ENABLE_OFFSET)) /**< NPU.IRQ_ENABLE (RW, 32 bits): Which IRQ_PENDING causes raise the interrupt (same bit layout). */
#define NMTJ_NPU_IN_SPIKE_OFFSET 0x30u /**< Byte offset of NPU.IN_SPIKE from NMTJ_NPU_BASE. */
#define NMTJ_NPU_IN_SPIKE_RESET 0x00000000u /**< Value of NPU.IN_SPIKE after reset. */
#define NMTJ_NPU_IN_SPIKE (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_IN_SPIKE_OFFSET)) /**< NPU.IN_SPIKE (WO, 32 bits): Queues a spike for a tile's row in the next timestep. */
#define NMTJ_NPU_IN_SPIKE_ROW_LSB 0 /**< Lowest bit of NPU.IN_SPIKE.ROW: Row of the tile. */
#define NMTJ_NPU_IN_SPIKE_ROW_MASK 0x0000FFFFu /**< Bits of NPU.IN_SPIKE.ROW in place. */
#define NMTJ_NPU_IN_SPIKE_TILE_LSB 16 /**< Lowest bit of NPU.IN_SPIKE.TILE: Tile index (y * WIDTH + x). */
#define NMTJ_NPU_IN_SPIKE_TILE_MASK 0xFFFF0000u /**< Bits of NPU.IN_SPIKE.TILE in place. */
#define NMTJ_NPU_IN_LEVEL_OFFSET 0x34u /**< Byte offset of NPU.IN_LEVEL from NMTJ_NPU_BASE. */
#define NMTJ_NPU_IN_LEVEL_RESET 0x00000000u /**< Value of NPU.IN_LEVEL after reset. */
#define NMTJ_NPU_IN_LEVEL (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_IN_LEVEL_OFFSET)) /**< NPU.IN_LEVEL (RO, 32 bits): Spikes waiting in the input FIFO. */
#define NMTJ_NPU_OUT_SPIKE_OFFSET 0x38u /**< Byte offset of NPU.OUT_SPIKE from NMTJ_NPU_BASE. */
#define NMTJ_NPU_OUT_SPIKE_RESET 0x00000000u /**< Value of NPU.OUT_SPIKE after reset. */
#define NMTJ_NPU_OUT_SPIKE (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_OUT_SPIKE_OFFSET)) /**< NPU.OUT_SPIKE (RC, 32 bits): Reading takes the oldest output spike out of the FIFO (VALID clear when it was empty). */
#define NMTJ_NPU_OUT_SPIKE_NEURON_LSB 0 /**< Lowest bit of NPU.OUT_SPIKE.NEURON: Neuron of the tile. */
#define NMTJ_NPU_OUT_SPIKE_NEURON_MASK 0x0000FFFFu /**< Bits of NPU.OUT_SPIKE.NEURON in place. */
#define NMTJ_NPU_OUT_SPIKE_TILE_LSB 16 /**< Lowest bit of NPU.OUT_SPIKE.TILE: Tile index. */
#define NMTJ_NPU_OUT_SPIKE_TILE_MASK 0x7FFF0000u /**< Bits of NPU.OUT_SPIKE.TILE in place. */
#define NMTJ_NPU_OUT_SPIKE_VALID_LSB 31 /**< Lowest bit of NPU.OUT_SPIKE.VALID: A spike was read. */
#define NMTJ_NPU_OUT_SPIKE_VALID_MASK 0x80000000u /**< Bits of NPU.OUT_SPIKE.VALID in place. */
#define NMTJ_NPU_OUT_LEVEL_OFFSET 0x3Cu /**< Byte offset of NPU.OUT_LEVEL from NMTJ_NPU_BASE. */
#define NMTJ_NPU_OUT_LEVEL_RESET 0x00000000u /**< Value of NPU.OUT_LEVEL after reset. */
#define NMTJ_NPU_OUT_LEVEL (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_OUT_LEVEL_OFFSET)) /**< NPU.OUT_LEVEL (RO, 32 bits): Spikes waiting in the output FIFO. */
#define NMTJ_NPU_OUT_TIMESTEP_OFFSET 0x40u /**< Byte offset of NPU.OUT_TIMESTEP from NMTJ_NPU_BASE. */
#define NMTJ_NPU_OUT_TIMESTEP_RESET 0x00000000u /**< Value of NPU.OUT_TIMESTEP after reset. */
#define NMTJ_NPU_OUT_TIMESTEP (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_OUT_TIMESTEP_OFFSET)) /**< NPU.OUT_TIMESTEP (RO, 32 bits): Timestep of the spike last read from OUT_SPIKE. */
#define NMTJ_NPU_ROUTE_TILE_OFFSET 0x50u /**< Byte offset of NPU.ROUTE_TILE from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ROUTE_TILE_RESET 0x00000000u /**< Value of NPU.ROUTE_TILE after reset. */
#define NMTJ_NPU_ROUTE_TILE (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ROUTE_TILE_OFFSET)) /**< NPU.ROUTE_TILE (RW, 32 bits): Router whose staged table ROUTE_INDEX and the entry registers address. */
#define NMTJ_NPU_ROUTE_INDEX_OFFSET 0x54u /**< Byte offset of NPU.ROUTE_INDEX from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ROUTE_INDEX_RESET 0x00000000u /**< Value of NPU.ROUTE_INDEX after reset. */
#define NMTJ_NPU_ROUTE_INDEX (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ROUTE_INDEX_OFFSET)) /**< NPU.ROUTE_INDEX (RW, 32 bits): Entry of the staged table. */
#define NMTJ_NPU_ROUTE_KEY_OFFSET 0x58u /**< Byte offset of NPU.ROUTE_KEY from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ROUTE_KEY_RESET 0x00000000u /**< Value of NPU.ROUTE_KEY after reset. */
#define NMTJ_NPU_ROUTE_KEY (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ROUTE_KEY_OFFSET)) /**< NPU.ROUTE_KEY (RW, 32 bits): Key of the entry; writing ROUTE_PORTS stores KEY, MASK and PORTS. */
#define NMTJ_NPU_ROUTE_MASK_OFFSET 0x5Cu /**< Byte offset of NPU.ROUTE_MASK from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ROUTE_MASK_RESET 0x00000000u /**< Value of NPU.ROUTE_MASK after reset. */
#define NMTJ_NPU_ROUTE_MASK (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ROUTE_MASK_OFFSET)) /**< NPU.ROUTE_MASK (RW, 32 bits): Mask of the entry. */
#define NMTJ_NPU_ROUTE_PORTS_OFFSET 0x60u /**< Byte offset of NPU.ROUTE_PORTS from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ROUTE_PORTS_RESET 0x00000000u /**< Value of NPU.ROUTE_PORTS after reset. */
#define NMTJ_NPU_ROUTE_PORTS (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ROUTE_PORTS_OFFSET)) /**< NPU.ROUTE_PORTS (RW, 32 bits): Route of the entry; writing it stores the entry in the staged table, which grows to hold it. */
#define NMTJ_NPU_ROUTE_PORTS_LOCAL_LSB 0 /**< Lowest bit of NPU.ROUTE_PORTS.LOCAL: To the router's own tile. */
#define NMTJ_NPU_ROUTE_PORTS_LOCAL_MASK 0x00000001u /**< Bits of NPU.ROUTE_PORTS.LOCAL in place. */
#define NMTJ_NPU_ROUTE_PORTS_NORTH_LSB 1 /**< Lowest bit of NPU.ROUTE_PORTS.NORTH: Toward y - 1. */
#define NMTJ_NPU_ROUTE_PORTS_NORTH_MASK 0x00000002u /**< Bits of NPU.ROUTE_PORTS.NORTH in place. */
#define NMTJ_NPU_ROUTE_PORTS_EAST_LSB 2 /**< Lowest bit of NPU.ROUTE_PORTS.EAST: Toward x + 1. */
#define NMTJ_NPU_ROUTE_PORTS_EAST_MASK 0x00000004u /**< Bits of NPU.ROUTE_PORTS.EAST in place. */
#define NMTJ_NPU_ROUTE_PORTS_SOUTH_LSB 3 /**< Lowest bit of NPU.ROUTE_PORTS.SOUTH: Toward y + 1. */
#define NMTJ_NPU_ROUTE_PORTS_SOUTH_MASK 0x00000008u /**< Bits of NPU.ROUTE_PORTS.SOUTH in place. */
#define NMTJ_NPU_ROUTE_PORTS_WEST_LSB 4 /**< Lowest bit of NPU.ROUTE_PORTS.WEST: Toward x - 1. */
#define NMTJ_NPU_ROUTE_PORTS_WEST_MASK 0x00000010u /**< Bits of NPU.ROUTE_PORTS.WEST in place. */
#define NMTJ_NPU_ROUTE_CMD_OFFSET 0x64u /**< Byte offset of NPU.ROUTE_CMD from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ROUTE_CMD_RESET 0x00000000u /**< Value of NPU.ROUTE_CMD after reset. */
#define NMTJ_NPU_ROUTE_CMD (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ROUTE_CMD_OFFSET)) /**< NPU.ROUTE_CMD (WO, 32 bits): Routing table commands. */
#define NMTJ_NPU_ROUTE_CMD_COMMIT_LSB 0 /**< Lowest bit of NPU.ROUTE_CMD.COMMIT: Validate every staged table and put them in force, or set STATUS.ROUTE_ERROR. */
#define NMTJ_NPU_ROUTE_CMD_COMMIT_MASK 0x00000001u /**< Bits of NPU.ROUTE_CMD.COMMIT in place. */
#define NMTJ_NPU_ROUTE_CMD_CLEAR_LSB 1 /**< Lowest bit of NPU.ROUTE_CMD.CLEAR: Empty the staged table of ROUTE_TILE. */
#define NMTJ_NPU_ROUTE_CMD_CLEAR_MASK 0x00000002u /**< Bits of NPU.ROUTE_CMD.CLEAR in place. */
#define NMTJ_NPU_ROUTE_ERROR_TILE_OFFSET 0x68u /**< Byte offset of NPU.ROUTE_ERROR_TILE from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ROUTE_ERROR_TILE_RESET 0x00000000u /**< Value of NPU.ROUTE_ERROR_TILE after reset. */
#define NMTJ_NPU_ROUTE_ERROR_TILE (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ROUTE_ERROR_TILE_OFFSET)) /**< NPU.ROUTE_ERROR_TILE (RO, 32 bits): Router named by the last refused commit. */
#define NMTJ_NPU_MAP_TILE_OFFSET 0x70u /**< Byte offset of NPU.MAP_TILE from NMTJ_NPU_BASE. */
#define NMTJ_NPU_MAP_TILE_RESET 0x00000000u /**< Value of NPU.MAP_TILE after reset. */
#define NMTJ_NPU_MAP_TILE (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_MAP_TILE_OFFSET)) /**< NPU.MAP_TILE (RW, 32 bits): Tile whose input map MAP_INDEX and the entry registers address. */
#define NMTJ_NPU_MAP_INDEX_OFFSET 0x74u /**< Byte offset of NPU.MAP_INDEX from NMTJ_NPU_BASE. */
#define NMTJ_NPU_MAP_INDEX_RESET 0x00000000u /**< Value of NPU.MAP_INDEX after reset. */
#define NMTJ_NPU_MAP_INDEX (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_MAP_INDEX_OFFSET)) /**< NPU.MAP_INDEX (RW, 32 bits): Entry of the input map. */
#define NMTJ_NPU_MAP_KEY_OFFSET 0x78u /**< Byte offset of NPU.MAP_KEY from NMTJ_NPU_BASE. */
#define NMTJ_NPU_MAP_KEY_RESET 0x00000000u /**< Value of NPU.MAP_KEY after reset. */
#define NMTJ_NPU_MAP_KEY (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_MAP_KEY_OFFSET)) /**< NPU.MAP_KEY (RW, 32 bits): Key of the entry. */
#define NMTJ_NPU_MAP_MASK_OFFSET 0x7Cu /**< Byte offset of NPU.MAP_MASK from NMTJ_NPU_BASE. */
#define NMTJ_NPU_MAP_MASK_RESET 0x00000000u /**< Value of NPU.MAP_MASK after reset. */
#define NMTJ_NPU_MAP_MASK (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_MAP_MASK_OFFSET)) /**< NPU.MAP_MASK (RW, 32 bits): Mask of the entry. */
#define NMTJ_NPU_MAP_ROW_OFFSET 0x80u /**< Byte offset of NPU.MAP_ROW from NMTJ_NPU_BASE. */
#define NMTJ_NPU_MAP_ROW_RESET 0x00000000u /**< Value of NPU.MAP_ROW after reset. */
#define NMTJ_NPU_MAP_ROW (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_MAP_ROW_OFFSET)) /**< NPU.MAP_ROW (RW, 32 bits): First row of the entry; writing it stores KEY, MASK, FANOUT and ROW. */
#define NMTJ_NPU_MAP_FANOUT_OFFSET 0x88u /**< Byte offset of NPU.MAP_FANOUT from NMTJ_NPU_BASE. */
#define NMTJ_NPU_MAP_FANOUT_RESET 0x00000001u /**< Value of NPU.MAP_FANOUT after reset. */
#define NMTJ_NPU_MAP_FANOUT (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_MAP_FANOUT_OFFSET)) /**< NPU.MAP_FANOUT (RW, 32 bits): Rows each source neuron of the entry drives (1 to 65535; 0 acts as 1), written before MAP_ROW. */
#define NMTJ_NPU_OUTPUT_ENABLE_OFFSET 0x84u /**< Byte offset of NPU.OUTPUT_ENABLE from NMTJ_NPU_BASE. */
#define NMTJ_NPU_OUTPUT_ENABLE_RESET 0x00000000u /**< Value of NPU.OUTPUT_ENABLE after reset. */
#define NMTJ_NPU_OUTPUT_ENABLE (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_OUTPUT_ENABLE_OFFSET)) /**< NPU.OUTPUT_ENABLE (WO, 32 bits): Chooses whether a neuron's spikes go to the output FIFO. */
#define NMTJ_NPU_OUTPUT_ENABLE_NEURON_LSB 0 /**< Lowest bit of NPU.OUTPUT_ENABLE.NEURON: Neuron of the tile. */
#define NMTJ_NPU_OUTPUT_ENABLE_NEURON_MASK 0x00007FFFu /**< Bits of NPU.OUTPUT_ENABLE.NEURON in place. */
#define NMTJ_NPU_OUTPUT_ENABLE_ENABLE_LSB 15 /**< Lowest bit of NPU.OUTPUT_ENABLE.ENABLE: 1 sends its spikes to the core. */
#define NMTJ_NPU_OUTPUT_ENABLE_ENABLE_MASK 0x00008000u /**< Bits of NPU.OUTPUT_ENABLE.ENABLE in place. */
#define NMTJ_NPU_OUTPUT_ENABLE_TILE_LSB 16 /**< Lowest bit of NPU.OUTPUT_ENABLE.TILE: Tile index. */
#define NMTJ_NPU_OUTPUT_ENABLE_TILE_MASK 0xFFFF0000u /**< Bits of NPU.OUTPUT_ENABLE.TILE in place. */
#define NMTJ_NPU_SPIKES_IN_OFFSET 0x90u /**< Byte offset of NPU.SPIKES_IN from NMTJ_NPU_BASE. */
#define NMTJ_NPU_SPIKES_IN_RESET 0x00000000u /**< Value of NPU.SPIKES_IN after reset. */
#define NMTJ_NPU_SPIKES_IN (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_SPIKES_IN_OFFSET)) /**< NPU.SPIKES_IN (RO, 32 bits): Rows driven since reset, over all tiles. */
#define NMTJ_NPU_SPIKES_FIRED_OFFSET 0x94u /**< Byte offset of NPU.SPIKES_FIRED from NMTJ_NPU_BASE. */
#define NMTJ_NPU_SPIKES_FIRED_RESET 0x00000000u /**< Value of NPU.SPIKES_FIRED after reset. */
#define NMTJ_NPU_SPIKES_FIRED (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_SPIKES_FIRED_OFFSET)) /**< NPU.SPIKES_FIRED (RO, 32 bits): Neurons fired since reset, over all tiles. */
#define NMTJ_NPU_SPIKES_OUT_OFFSET 0x98u /**< Byte offset of NPU.SPIKES_OUT from NMTJ_NPU_BASE. */
#define NMTJ_NPU_SPIKES_OUT_RESET 0x00000000u /**< Value of NPU.SPIKES_OUT after reset. */
#define NMTJ_NPU_SPIKES_OUT (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_SPIKES_OUT_OFFSET)) /**< NPU.SPIKES_OUT (RO, 32 bits): Spikes sent to the output FIFO since reset. */
#define NMTJ_NPU_ROUTER_HOPS_OFFSET 0x9Cu /**< Byte offset of NPU.ROUTER_HOPS from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ROUTER_HOPS_RESET 0x00000000u /**< Value of NPU.ROUTER_HOPS after reset. */
#define NMTJ_NPU_ROUTER_HOPS (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ROUTER_HOPS_OFFSET)) /**< NPU.ROUTER_HOPS (RO, 32 bits): Packets sent over mesh links since reset. */
#define NMTJ_NPU_ROUTER_STALLS_OFFSET 0xA0u /**< Byte offset of NPU.ROUTER_STALLS from NMTJ_NPU_BASE. */
#define NMTJ_NPU_ROUTER_STALLS_RESET 0x00000000u /**< Value of NPU.ROUTER_STALLS after reset. */
#define NMTJ_NPU_ROUTER_STALLS (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_ROUTER_STALLS_OFFSET)) /**< NPU.ROUTER_STALLS (RO, 32 bits): Cycles a packet waited for credit, link or tile since reset. */
#define NMTJ_NPU_SPIKES_UNMAPPED_OFFSET 0xA4u /**< Byte offset of NPU.SPIKES_UNMAPPED from NMTJ_NPU_BASE. */
#define NMTJ_NPU_SPIKES_UNMAPPED_RESET 0x00000000u /**< Value of NPU.SPIKES_UNMAPPED after reset. */
#define NMTJ_NPU_SPIKES_UNMAPPED (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_SPIKES_UNMAPPED_OFFSET)) /**< NPU.SPIKES_UNMAPPED (RO, 32 bits): Packets that reached a tile with no input-map entry for their key, since reset. */
#define NMTJ_NPU_DMA_DESC_OFFSET 0xB0u /**< Byte offset of NPU.DMA_DESC from NMTJ_NPU_BASE. */
#define NMTJ_NPU_DMA_DESC_RESET 0x00000000u /**< Value of NPU.DMA_DESC after reset. */
#define NMTJ_NPU_DMA_DESC (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_DMA_DESC_OFFSET)) /**< NPU.DMA_DESC (RW, 32 bits): RAM address of the first DMA descriptor. */
#define NMTJ_NPU_DMA_CTRL_OFFSET 0xB4u /**< Byte offset of NPU.DMA_CTRL from NMTJ_NPU_BASE. */
#define NMTJ_NPU_DMA_CTRL_RESET 0x00000000u /**< Value of NPU.DMA_CTRL after reset. */
#define NMTJ_NPU_DMA_CTRL (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_DMA_CTRL_OFFSET)) /**< NPU.DMA_CTRL (WO, 32 bits): DMA commands. */
#define NMTJ_NPU_DMA_CTRL_START_LSB 0 /**< Lowest bit of NPU.DMA_CTRL.START: Run the descriptor chain at DMA_DESC. */
#define NMTJ_NPU_DMA_CTRL_START_MASK 0x00000001u /**< Bits of NPU.DMA_CTRL.START in place. */
#define NMTJ_NPU_DMA_STATUS_OFFSET 0xB8u /**< Byte offset of NPU.DMA_STATUS from NMTJ_NPU_BASE. */
#define NMTJ_NPU_DMA_STATUS_RESET 0x00000000u /**< Value of NPU.DMA_STATUS after reset. */
#define NMTJ_NPU_DMA_STATUS (*(volatile uint32_t *)(NMTJ_NPU_BASE + NMTJ_NPU_DMA_STATUS_OFFSET)) /**< NPU.DMA_STATUS (RO, 32 bits): DMA engine state. */
#define NMTJ_NPU_DMA_STATUS_BUSY_LSB 0 /**< Lowest bit of NPU.DMA_STATUS.BUSY: A chain is running. */
#define NMTJ_NPU_DMA_STATUS_BUSY_MASK 0x00000001u /**< Bits of NPU.DMA_STATUS.BUSY in place. */
#define NMTJ_NPU_DMA_STATUS_ERROR_LSB 1 /**< Lowest bit of NPU.DMA_STATUS.ERROR: The last chain stopped at a descriptor outside RAM, or at one it had already moved. */
#define NMTJ_NPU_DMA_STATUS_ERROR_MASK 0x00000002u /**< Bits of NPU.DMA_STATUS.ERROR in place. */
#define NMTJ_NPU_DMA_TO_NPU 0x0u /**< Descriptor direction: spike words from RAM to the input FIFO. */
#define NMTJ_NPU_DMA_FROM_NPU 0x1u /**< Descriptor direction: output spikes from the FIFO to RAM. */

/* NPU_TILE: The NPU tile chosen by SELECT: a 1T-1MTJ crossbar read by resistance summation, its TDCs, SOT write driver and neurons. The geometry registers describe the tile as built; the weight window reads and programs single cells through the write driver's sense and write paths. */
#define NMTJ_NPU_TILE_BASE 0x40100000u /**< Base address of NPU_TILE. */
#define NMTJ_NPU_TILE_SIZE 0x00100000u /**< Bytes of address space NPU_TILE decodes. */
#define NMTJ_NPU_TILE_SELECT_OFFSET 0x1Cu /**< Byte offset of NPU_TILE.SELECT from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_SELECT_RESET 0x00000000u /**< Value of NPU_TILE.SELECT after reset. */
#define NMTJ_NPU_TILE_SELECT (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_SELECT_OFFSET)) /**< NPU_TILE.SELECT (RW, 32 bits): Tile (y * WIDTH + x) that every other register of this block addresses. */
#define NMTJ_NPU_TILE_ROWS_OFFSET 0x0u /**< Byte offset of NPU_TILE.ROWS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_ROWS_RESET 0x00000000u /**< Value of NPU_TILE.ROWS after reset. */
#define NMTJ_NPU_TILE_ROWS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_ROWS_OFFSET)) /**< NPU_TILE.ROWS (RO, 32 bits): Crossbar rows. */
#define NMTJ_NPU_TILE_COLUMNS_OFFSET 0x4u /**< Byte offset of NPU_TILE.COLUMNS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_COLUMNS_RESET 0x00000000u /**< Value of NPU_TILE.COLUMNS after reset. */
#define NMTJ_NPU_TILE_COLUMNS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_COLUMNS_OFFSET)) /**< NPU_TILE.COLUMNS (RO, 32 bits): Crossbar columns. */
#define NMTJ_NPU_TILE_SEGMENT_OFFSET 0x8u /**< Byte offset of NPU_TILE.SEGMENT from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_SEGMENT_RESET 0x00000000u /**< Value of NPU_TILE.SEGMENT after reset. */
#define NMTJ_NPU_TILE_SEGMENT (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_SEGMENT_OFFSET)) /**< NPU_TILE.SEGMENT (RO, 32 bits): Cells per series string. */
#define NMTJ_NPU_TILE_LEVELS_OFFSET 0xCu /**< Byte offset of NPU_TILE.LEVELS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_LEVELS_RESET 0x00000000u /**< Value of NPU_TILE.LEVELS after reset. */
#define NMTJ_NPU_TILE_LEVELS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_LEVELS_OFFSET)) /**< NPU_TILE.LEVELS (RO, 32 bits): Levels a cell holds (2 for binary). */
#define NMTJ_NPU_TILE_TDC_BITS_OFFSET 0x10u /**< Byte offset of NPU_TILE.TDC_BITS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_TDC_BITS_RESET 0x00000000u /**< Value of NPU_TILE.TDC_BITS after reset. */
#define NMTJ_NPU_TILE_TDC_BITS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_TDC_BITS_OFFSET)) /**< NPU_TILE.TDC_BITS (RO, 32 bits): Width of a TDC code. */
#define NMTJ_NPU_TILE_TDC_COUNT_OFFSET 0x14u /**< Byte offset of NPU_TILE.TDC_COUNT from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_TDC_COUNT_RESET 0x00000000u /**< Value of NPU_TILE.TDC_COUNT after reset. */
#define NMTJ_NPU_TILE_TDC_COUNT (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_TDC_COUNT_OFFSET)) /**< NPU_TILE.TDC_COUNT (RO, 32 bits): Number of TDCs. */
#define NMTJ_NPU_TILE_NEURONS_OFFSET 0x18u /**< Byte offset of NPU_TILE.NEURONS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_NEURONS_RESET 0x00000000u /**< Value of NPU_TILE.NEURONS after reset. */
#define NMTJ_NPU_TILE_NEURONS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_NEURONS_OFFSET)) /**< NPU_TILE.NEURONS (RO, 32 bits): Neurons in the tile. */
#define NMTJ_NPU_TILE_CTRL_OFFSET 0x20u /**< Byte offset of NPU_TILE.CTRL from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_CTRL_RESET 0x00000001u /**< Value of NPU_TILE.CTRL after reset. */
#define NMTJ_NPU_TILE_CTRL (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_CTRL_OFFSET)) /**< NPU_TILE.CTRL (RW, 32 bits): Write driver policy. */
#define NMTJ_NPU_TILE_CTRL_VERIFY_LSB 0 /**< Lowest bit of NPU_TILE.CTRL.VERIFY: Verify every weight write and retry until it holds. */
#define NMTJ_NPU_TILE_CTRL_VERIFY_MASK 0x00000001u /**< Bits of NPU_TILE.CTRL.VERIFY in place. */
#define NMTJ_NPU_TILE_CMD_OFFSET 0x24u /**< Byte offset of NPU_TILE.CMD from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_CMD_RESET 0x00000000u /**< Value of NPU_TILE.CMD after reset. */
#define NMTJ_NPU_TILE_CMD (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_CMD_OFFSET)) /**< NPU_TILE.CMD (WO, 32 bits): Commands, acting when their bit is written as 1. */
#define NMTJ_NPU_TILE_CMD_CALIBRATE_LSB 0 /**< Lowest bit of NPU_TILE.CMD.CALIBRATE: Run the TDC calibration routine. */
#define NMTJ_NPU_TILE_CMD_CALIBRATE_MASK 0x00000001u /**< Bits of NPU_TILE.CMD.CALIBRATE in place. */
#define NMTJ_NPU_TILE_CMD_RESET_NEURONS_LSB 1 /**< Lowest bit of NPU_TILE.CMD.RESET_NEURONS: Return every neuron to its reset state. */
#define NMTJ_NPU_TILE_CMD_RESET_NEURONS_MASK 0x00000002u /**< Bits of NPU_TILE.CMD.RESET_NEURONS in place. */
#define NMTJ_NPU_TILE_CMD_CLEAR_COUNTS_LSB 2 /**< Lowest bit of NPU_TILE.CMD.CLEAR_COUNTS: Clear the write counters and STATUS.WRITE_FAILED. */
#define NMTJ_NPU_TILE_CMD_CLEAR_COUNTS_MASK 0x00000004u /**< Bits of NPU_TILE.CMD.CLEAR_COUNTS in place. */
#define NMTJ_NPU_TILE_STATUS_OFFSET 0x28u /**< Byte offset of NPU_TILE.STATUS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_STATUS_RESET 0x00000000u /**< Value of NPU_TILE.STATUS after reset. */
#define NMTJ_NPU_TILE_STATUS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_STATUS_OFFSET)) /**< NPU_TILE.STATUS (RO, 32 bits): Outcome of the last calibration and writes. */
#define NMTJ_NPU_TILE_STATUS_CALIBRATED_LSB 0 /**< Lowest bit of NPU_TILE.STATUS.CALIBRATED: The last calibration resolves every count. */
#define NMTJ_NPU_TILE_STATUS_CALIBRATED_MASK 0x00000001u /**< Bits of NPU_TILE.STATUS.CALIBRATED in place. */
#define NMTJ_NPU_TILE_STATUS_WRITE_FAILED_LSB 1 /**< Lowest bit of NPU_TILE.STATUS.WRITE_FAILED: A cell failed to reach its level since CLEAR_COUNTS. */
#define NMTJ_NPU_TILE_STATUS_WRITE_FAILED_MASK 0x00000002u /**< Bits of NPU_TILE.STATUS.WRITE_FAILED in place. */
#define NMTJ_NPU_TILE_PULSE_MV_OFFSET 0x30u /**< Byte offset of NPU_TILE.PULSE_MV from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_PULSE_MV_RESET 0x00000000u /**< Value of NPU_TILE.PULSE_MV after reset. */
#define NMTJ_NPU_TILE_PULSE_MV (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_PULSE_MV_OFFSET)) /**< NPU_TILE.PULSE_MV (RW, 32 bits): SOT write pulse amplitude in millivolts. */
#define NMTJ_NPU_TILE_PULSE_MV_MV_LSB 0 /**< Lowest bit of NPU_TILE.PULSE_MV.MV: Amplitude in millivolts; 0 acts as 1. */
#define NMTJ_NPU_TILE_PULSE_MV_MV_MASK 0x0000FFFFu /**< Bits of NPU_TILE.PULSE_MV.MV in place. */
#define NMTJ_NPU_TILE_PULSE_PS_OFFSET 0x34u /**< Byte offset of NPU_TILE.PULSE_PS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_PULSE_PS_RESET 0x00000000u /**< Value of NPU_TILE.PULSE_PS after reset. */
#define NMTJ_NPU_TILE_PULSE_PS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_PULSE_PS_OFFSET)) /**< NPU_TILE.PULSE_PS (RW, 32 bits): SOT write pulse width in picoseconds. */
#define NMTJ_NPU_TILE_PULSE_PS_PS_LSB 0 /**< Lowest bit of NPU_TILE.PULSE_PS.PS: Width in picoseconds; 0 acts as 1. */
#define NMTJ_NPU_TILE_PULSE_PS_PS_MASK 0x000FFFFFu /**< Bits of NPU_TILE.PULSE_PS.PS in place. */
#define NMTJ_NPU_TILE_MAX_RETRIES_OFFSET 0x38u /**< Byte offset of NPU_TILE.MAX_RETRIES from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_MAX_RETRIES_RESET 0x00000000u /**< Value of NPU_TILE.MAX_RETRIES after reset. */
#define NMTJ_NPU_TILE_MAX_RETRIES (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_MAX_RETRIES_OFFSET)) /**< NPU_TILE.MAX_RETRIES (RW, 32 bits): Failed pulses allowed per cell with verify. */
#define NMTJ_NPU_TILE_MAX_RETRIES_RETRIES_LSB 0 /**< Lowest bit of NPU_TILE.MAX_RETRIES.RETRIES: Retries per cell. */
#define NMTJ_NPU_TILE_MAX_RETRIES_RETRIES_MASK 0x000003FFu /**< Bits of NPU_TILE.MAX_RETRIES.RETRIES in place. */
#define NMTJ_NPU_TILE_WRITE_PULSES_OFFSET 0x40u /**< Byte offset of NPU_TILE.WRITE_PULSES from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_WRITE_PULSES_RESET 0x00000000u /**< Value of NPU_TILE.WRITE_PULSES after reset. */
#define NMTJ_NPU_TILE_WRITE_PULSES (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_WRITE_PULSES_OFFSET)) /**< NPU_TILE.WRITE_PULSES (RO, 32 bits): SOT pulses since CLEAR_COUNTS. */
#define NMTJ_NPU_TILE_WRITE_RETRIES_OFFSET 0x44u /**< Byte offset of NPU_TILE.WRITE_RETRIES from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_WRITE_RETRIES_RESET 0x00000000u /**< Value of NPU_TILE.WRITE_RETRIES after reset. */
#define NMTJ_NPU_TILE_WRITE_RETRIES (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_WRITE_RETRIES_OFFSET)) /**< NPU_TILE.WRITE_RETRIES (RO, 32 bits): Pulses that did not move their cell since CLEAR_COUNTS. */
#define NMTJ_NPU_TILE_WRITE_FAILS_OFFSET 0x48u /**< Byte offset of NPU_TILE.WRITE_FAILS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_WRITE_FAILS_RESET 0x00000000u /**< Value of NPU_TILE.WRITE_FAILS after reset. */
#define NMTJ_NPU_TILE_WRITE_FAILS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_WRITE_FAILS_OFFSET)) /**< NPU_TILE.WRITE_FAILS (RO, 32 bits): Cells left at a wrong level since CLEAR_COUNTS. */
#define NMTJ_NPU_TILE_LEARN_CTRL_OFFSET 0x50u /**< Byte offset of NPU_TILE.LEARN_CTRL from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_LEARN_CTRL_RESET 0x00000000u /**< Value of NPU_TILE.LEARN_CTRL after reset. */
#define NMTJ_NPU_TILE_LEARN_CTRL (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_LEARN_CTRL_OFFSET)) /**< NPU_TILE.LEARN_CTRL (RW, 32 bits): The selected tile's learning rule (002's nine STDP rules, Hebb or Oja), changeable at any time. */
#define NMTJ_NPU_TILE_LEARN_CTRL_MODE_LSB 0 /**< Lowest bit of NPU_TILE.LEARN_CTRL.MODE: LEARN_OFF, LEARN_STDP, LEARN_HEBB or LEARN_OJA. */
#define NMTJ_NPU_TILE_LEARN_CTRL_MODE_MASK 0x00000003u /**< Bits of NPU_TILE.LEARN_CTRL.MODE in place. */
#define NMTJ_NPU_TILE_LEARN_CTRL_CAUSAL_LSB 2 /**< Lowest bit of NPU_TILE.LEARN_CTRL.CAUSAL: RULE_NONE, RULE_LTP or RULE_LTD when pre precedes post (dt >= 0). */
#define NMTJ_NPU_TILE_LEARN_CTRL_CAUSAL_MASK 0x0000000Cu /**< Bits of NPU_TILE.LEARN_CTRL.CAUSAL in place. */
#define NMTJ_NPU_TILE_LEARN_CTRL_ACAUSAL_LSB 4 /**< Lowest bit of NPU_TILE.LEARN_CTRL.ACAUSAL: RULE_NONE, RULE_LTP or RULE_LTD when post precedes pre (dt < 0). */
#define NMTJ_NPU_TILE_LEARN_CTRL_ACAUSAL_MASK 0x00000030u /**< Bits of NPU_TILE.LEARN_CTRL.ACAUSAL in place. */
#define NMTJ_NPU_TILE_LEARN_CTRL_WINDOW_LSB 8 /**< Lowest bit of NPU_TILE.LEARN_CTRL.WINDOW: Largest |dt| in timesteps that still pairs. */
#define NMTJ_NPU_TILE_LEARN_CTRL_WINDOW_MASK 0x0000FF00u /**< Bits of NPU_TILE.LEARN_CTRL.WINDOW in place. */
#define NMTJ_NPU_TILE_LEARN_PULSE_OFFSET 0x54u /**< Byte offset of NPU_TILE.LEARN_PULSE from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_LEARN_PULSE_RESET 0x00000000u /**< Value of NPU_TILE.LEARN_PULSE after reset. */
#define NMTJ_NPU_TILE_LEARN_PULSE (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_LEARN_PULSE_OFFSET)) /**< NPU_TILE.LEARN_PULSE (RW, 32 bits): Learning pulse amplitude; it falls with |dt| so the switching probability does. */
#define NMTJ_NPU_TILE_LEARN_PULSE_AMPLITUDE_MV_LSB 0 /**< Lowest bit of NPU_TILE.LEARN_PULSE.AMPLITUDE_MV: Amplitude at dt = 0, millivolts. */
#define NMTJ_NPU_TILE_LEARN_PULSE_AMPLITUDE_MV_MASK 0x0000FFFFu /**< Bits of NPU_TILE.LEARN_PULSE.AMPLITUDE_MV in place. */
#define NMTJ_NPU_TILE_LEARN_PULSE_DECAY_MV_LSB 16 /**< Lowest bit of NPU_TILE.LEARN_PULSE.DECAY_MV: Millivolts lost per timestep of |dt|. */
#define NMTJ_NPU_TILE_LEARN_PULSE_DECAY_MV_MASK 0xFFFF0000u /**< Bits of NPU_TILE.LEARN_PULSE.DECAY_MV in place. */
#define NMTJ_NPU_TILE_LEARN_DEPRESS_OFFSET 0x74u /**< Byte offset of NPU_TILE.LEARN_DEPRESS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_LEARN_DEPRESS_RESET 0x00000000u /**< Value of NPU_TILE.LEARN_DEPRESS after reset. */
#define NMTJ_NPU_TILE_LEARN_DEPRESS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_LEARN_DEPRESS_OFFSET)) /**< NPU_TILE.LEARN_DEPRESS (RW, 32 bits): Where learning pulses pass through the junction (an STT switching law), the amplitude of those that drive a junction toward antiparallel (Oja's depressing phase, and a differential synapse's partner junction); VCMA helps one polarity and hinders the other, so they may need another voltage than LEARN_PULSE's. */
#define NMTJ_NPU_TILE_LEARN_DEPRESS_AMPLITUDE_MV_LSB 0 /**< Lowest bit of NPU_TILE.LEARN_DEPRESS.AMPLITUDE_MV: Each driven line's share toward antiparallel, millivolts; 0 uses LEARN_PULSE.AMPLITUDE_MV. */
#define NMTJ_NPU_TILE_LEARN_DEPRESS_AMPLITUDE_MV_MASK 0x0000FFFFu /**< Bits of NPU_TILE.LEARN_DEPRESS.AMPLITUDE_MV in place. */
#define NMTJ_NPU_TILE_LEARN_WIDTH_PS_OFFSET 0x58u /**< Byte offset of NPU_TILE.LEARN_WIDTH_PS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_LEARN_WIDTH_PS_RESET 0x000002EEu /**< Value of NPU_TILE.LEARN_WIDTH_PS after reset. */
#define NMTJ_NPU_TILE_LEARN_WIDTH_PS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_LEARN_WIDTH_PS_OFFSET)) /**< NPU_TILE.LEARN_WIDTH_PS (RW, 32 bits): Learning and mask pulse width, picoseconds. */
#define NMTJ_NPU_TILE_LEARN_WIDTH_PS_PS_LSB 0 /**< Lowest bit of NPU_TILE.LEARN_WIDTH_PS.PS: Width in picoseconds; 0 acts as 1. */
#define NMTJ_NPU_TILE_LEARN_WIDTH_PS_PS_MASK 0x000FFFFFu /**< Bits of NPU_TILE.LEARN_WIDTH_PS.PS in place. */
#define NMTJ_NPU_TILE_LEARN_ROWS_OFFSET 0x5Cu /**< Byte offset of NPU_TILE.LEARN_ROWS from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_LEARN_ROWS_RESET 0x00000000u /**< Value of NPU_TILE.LEARN_ROWS after reset. */
#define NMTJ_NPU_TILE_LEARN_ROWS (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_LEARN_ROWS_OFFSET)) /**< NPU_TILE.LEARN_ROWS (RW, 32 bits): Rows whose synapses learn; the others never change. */
#define NMTJ_NPU_TILE_LEARN_ROWS_FIRST_LSB 0 /**< Lowest bit of NPU_TILE.LEARN_ROWS.FIRST: First plastic row. */
#define NMTJ_NPU_TILE_LEARN_ROWS_FIRST_MASK 0x0000FFFFu /**< Bits of NPU_TILE.LEARN_ROWS.FIRST in place. */
#define NMTJ_NPU_TILE_LEARN_ROWS_COUNT_LSB 16 /**< Lowest bit of NPU_TILE.LEARN_ROWS.COUNT: Number of plastic rows. */
#define NMTJ_NPU_TILE_LEARN_ROWS_COUNT_MASK 0xFFFF0000u /**< Bits of NPU_TILE.LEARN_ROWS.COUNT in place. */
#define NMTJ_NPU_TILE_MASK_MV_OFFSET 0x60u /**< Byte offset of NPU_TILE.MASK_MV from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_MASK_MV_RESET 0x00000000u /**< Value of NPU_TILE.MASK_MV after reset. */
#define NMTJ_NPU_TILE_MASK_MV (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_MASK_MV_OFFSET)) /**< NPU_TILE.MASK_MV (RW, 32 bits): Neuron-selection mask pulse amplitude in millivolts; 0 turns the mask off. */
#define NMTJ_NPU_TILE_MASK_MV_MV_LSB 0 /**< Lowest bit of NPU_TILE.MASK_MV.MV: Amplitude in millivolts. */
#define NMTJ_NPU_TILE_MASK_MV_MV_MASK 0x0000FFFFu /**< Bits of NPU_TILE.MASK_MV.MV in place. */
#define NMTJ_NPU_TILE_MASK_MV_HOLD_LSB 16 /**< Lowest bit of NPU_TILE.MASK_MV.HOLD: 0: the selection junctions are reset and pulsed every timestep. 1: they are pulsed once, when this register is written, and keep that state (a neuron selected out stays silent) until it is written again. */
#define NMTJ_NPU_TILE_MASK_MV_HOLD_MASK 0x00010000u /**< Bits of NPU_TILE.MASK_MV.HOLD in place. */
#define NMTJ_NPU_TILE_THRESHOLD_OFFSET 0x64u /**< Byte offset of NPU_TILE.THRESHOLD from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_THRESHOLD_RESET 0x00000000u /**< Value of NPU_TILE.THRESHOLD after reset. */
#define NMTJ_NPU_TILE_THRESHOLD (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_THRESHOLD_OFFSET)) /**< NPU_TILE.THRESHOLD (RW, 32 bits): Threshold of the selected tile's neurons, 1 to their range (other values are ignored): a CMOS LIF neuron fires at it, a stochastic MTJ neuron's pulse has its offset amplitude at it, an exchange-bias neuron's input pulses start at it. */
#define NMTJ_NPU_TILE_LEDGER_ACTION_OFFSET 0x68u /**< Byte offset of NPU_TILE.LEDGER_ACTION from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_LEDGER_ACTION_RESET 0x00000000u /**< Value of NPU_TILE.LEDGER_ACTION after reset. */
#define NMTJ_NPU_TILE_LEDGER_ACTION (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_LEDGER_ACTION_OFFSET)) /**< NPU_TILE.LEDGER_ACTION (RW, 32 bits): Action (ACTION_* constant) whose count LEDGER_COUNT_LO and LEDGER_COUNT_HI read for the selected tile. */
#define NMTJ_NPU_TILE_LEDGER_COUNT_LO_OFFSET 0x6Cu /**< Byte offset of NPU_TILE.LEDGER_COUNT_LO from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_LEDGER_COUNT_LO_RESET 0x00000000u /**< Value of NPU_TILE.LEDGER_COUNT_LO after reset. */
#define NMTJ_NPU_TILE_LEDGER_COUNT_LO (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_LEDGER_COUNT_LO_OFFSET)) /**< NPU_TILE.LEDGER_COUNT_LO (RO, 32 bits): Low half of the selected tile's count of LEDGER_ACTION since reset; reading it latches the high half. */
#define NMTJ_NPU_TILE_LEDGER_COUNT_HI_OFFSET 0x70u /**< Byte offset of NPU_TILE.LEDGER_COUNT_HI from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_LEDGER_COUNT_HI_RESET 0x00000000u /**< Value of NPU_TILE.LEDGER_COUNT_HI after reset. */
#define NMTJ_NPU_TILE_LEDGER_COUNT_HI (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_LEDGER_COUNT_HI_OFFSET)) /**< NPU_TILE.LEDGER_COUNT_HI (RO, 32 bits): High half of the count latched by the last read of LEDGER_COUNT_LO. */
#define NMTJ_NPU_TILE_TDC_OFFSET_OFFSET 0x100u /**< Byte offset of NPU_TILE.TDC_OFFSET from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_TDC_OFFSET_RESET 0x00000000u /**< Value of NPU_TILE.TDC_OFFSET after reset. */
#define NMTJ_NPU_TILE_TDC_OFFSET_COUNT 64 /**< Elements of NPU_TILE.TDC_OFFSET. */
#define NMTJ_NPU_TILE_TDC_OFFSET_STRIDE 4 /**< Bytes from one element of NPU_TILE.TDC_OFFSET to the next. */
#define NMTJ_NPU_TILE_TDC_OFFSET(n) (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_TDC_OFFSET_OFFSET + (uint32_t)(n) * NMTJ_NPU_TILE_TDC_OFFSET_STRIDE)) /**< Element n of NPU_TILE.TDC_OFFSET (RW, 32 bits): Raw counts subtracted by TDC n before its gain; set by calibration. TDCs past TDC_COUNT do not exist. */
#define NMTJ_NPU_TILE_TDC_OFFSET_OFFSET_LSB 0 /**< Lowest bit of NPU_TILE.TDC_OFFSET.OFFSET: Offset in TDC clock periods. */
#define NMTJ_NPU_TILE_TDC_OFFSET_OFFSET_MASK 0x0000FFFFu /**< Bits of NPU_TILE.TDC_OFFSET.OFFSET in place. */
#define NMTJ_NPU_TILE_TDC_GAIN_OFFSET 0x200u /**< Byte offset of NPU_TILE.TDC_GAIN from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_TDC_GAIN_RESET 0x00000100u /**< Value of NPU_TILE.TDC_GAIN after reset. */
#define NMTJ_NPU_TILE_TDC_GAIN_COUNT 64 /**< Elements of NPU_TILE.TDC_GAIN. */
#define NMTJ_NPU_TILE_TDC_GAIN_STRIDE 4 /**< Bytes from one element of NPU_TILE.TDC_GAIN to the next. */
#define NMTJ_NPU_TILE_TDC_GAIN(n) (*(volatile uint32_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_TDC_GAIN_OFFSET + (uint32_t)(n) * NMTJ_NPU_TILE_TDC_GAIN_STRIDE)) /**< Element n of NPU_TILE.TDC_GAIN (RW, 32 bits): Gain of TDC n in 1/256ths; set by calibration. */
#define NMTJ_NPU_TILE_TDC_GAIN_GAIN_LSB 0 /**< Lowest bit of NPU_TILE.TDC_GAIN.GAIN: Gain in 1/256ths: 256 is unity, 0 acts as 1. */
#define NMTJ_NPU_TILE_TDC_GAIN_GAIN_MASK 0x0000FFFFu /**< Bits of NPU_TILE.TDC_GAIN.GAIN in place. */
#define NMTJ_NPU_TILE_WEIGHT_OFFSET 0x10000u /**< Byte offset of NPU_TILE.WEIGHT from NMTJ_NPU_TILE_BASE. */
#define NMTJ_NPU_TILE_WEIGHT_RESET 0x00u /**< Value of NPU_TILE.WEIGHT after reset. */
#define NMTJ_NPU_TILE_WEIGHT_COUNT 65536 /**< Elements of NPU_TILE.WEIGHT. */
#define NMTJ_NPU_TILE_WEIGHT_STRIDE 1 /**< Bytes from one element of NPU_TILE.WEIGHT to the next. */
#define NMTJ_NPU_TILE_WEIGHT(n) (*(volatile uint8_t *)(NMTJ_NPU_TILE_BASE + NMTJ_NPU_TILE_WEIGHT_OFFSET + (uint32_t)(n) * NMTJ_NPU_TILE_WEIGHT_STRIDE)) /**< Element n of NPU_TILE.WEIGHT (RW, 8 bits): Cell (row, column) at WEIGHT + row*COLUMNS + column. A read senses the cell's level; a write programs it through the SOT write driver. Addresses past ROWS*COLUMNS are a bus error. */
#define NMTJ_NPU_TILE_LEARN_OFF 0x0u /**< LEARN_CTRL.MODE: no learning; the unit records no spike times, so spikes while it is off never pair with later ones. */
#define NMTJ_NPU_TILE_LEARN_STDP 0x1u /**< LEARN_CTRL.MODE: STDP with the CAUSAL and ACAUSAL rules. */
#define NMTJ_NPU_TILE_LEARN_HEBB 0x2u /**< LEARN_CTRL.MODE: a firing neuron potentiates synapses from driven rows. */
#define NMTJ_NPU_TILE_LEARN_OJA 0x3u /**< LEARN_CTRL.MODE: as Hebb, and it depresses synapses from silent rows. */
#define NMTJ_NPU_TILE_ACTION_CELL_READ 0x0u /**< Ledger action: a cell placed in a series string during a read. */
#define NMTJ_NPU_TILE_ACTION_STRING_READ 0x1u /**< Ledger action: a series string charged to its threshold. */
#define NMTJ_NPU_TILE_ACTION_TDC_CONVERSION 0x2u /**< Ledger action: one TDC conversion. */
#define NMTJ_NPU_TILE_ACTION_TDC_COUNT 0x3u /**< Ledger action: one TDC clock period counted. */
#define NMTJ_NPU_TILE_ACTION_NEURON_UPDATE 0x4u /**< Ledger action: one neuron updated in a timestep. */
#define NMTJ_NPU_TILE_ACTION_SPIKE 0x5u /**< Ledger action: one spike emitted. */
#define NMTJ_NPU_TILE_ACTION_NEURON_PULSE 0x6u /**< Ledger action: one pulse into an MTJ neuron or selection junction. */
#define NMTJ_NPU_TILE_ACTION_NEURON_RESET 0x7u /**< Ledger action: one MTJ neuron reset pulse. */
#define NMTJ_NPU_TILE_ACTION_SOT_PULSE 0x8u /**< Ledger action: one SOT write pulse into a crossbar cell. */
#define NMTJ_NPU_TILE_ACTION_VERIFY_READ 0x9u /**< Ledger action: one single-cell read of the write or sense path. */
#define NMTJ_NPU_TILE_ACTION_REGISTER_ACCESS 0xAu /**< Ledger action: one register or weight-window access. */
#define NMTJ_NPU_TILE_ACTION_SOT_HEAT 0xBu /**< Ledger action: the Joule heat of SOT pulses in their write line, in mV^2 ps (amplitude squared times width). */
#define NMTJ_NPU_TILE_ACTION_COLUMN_CHARGE 0xCu /**< Ledger action: the charge of the strings' columns during reads, in cell capacitances charged. */
#define NMTJ_NPU_TILE_ACTION_NEURON_BIT_OP 0xDu /**< Ledger action: one bit of an add, compare or register write in a CMOS neuron's datapath. */
#define NMTJ_NPU_TILE_ACTION_ROUTER_HOP 0xEu /**< Ledger action: one packet switched by the tile's router onto a link to a neighbour. */
#define NMTJ_NPU_TILE_ACTION_FIFO_PUSH 0xFu /**< Ledger action: one spike word written into the input FIFO for the tile or the output FIFO from it. */
#define NMTJ_NPU_TILE_ACTION_FIFO_POP 0x10u /**< Ledger action: one spike word read from the input FIFO for the tile or the output FIFO from it. */
#define NMTJ_NPU_TILE_ACTION_ROUTER_BUFFER_WRITE 0x11u /**< Ledger action: one packet written into a router input buffer (injected, or arriving over a link). */
#define NMTJ_NPU_TILE_ACTION_ROUTER_BUFFER_READ 0x12u /**< Ledger action: one packet read out of a router input buffer. */
#define NMTJ_NPU_TILE_ACTION_ROUTER_EJECT 0x13u /**< Ledger action: one packet switched by the router to its own tile. */
#define NMTJ_NPU_TILE_ACTION_LINK_UM 0x14u /**< Ledger action: micrometres of link the tile's packets crossed (a tile pitch per hop). */
#define NMTJ_NPU_TILE_ACTION_LEARNING_CHECK 0x15u /**< Ledger action: one spike-time check of the learning unit. */
#define NMTJ_NPU_TILE_ACTION_TILE_WAKE 0x16u /**< Ledger action: one wake-up of the tile from power gating. */
#define NMTJ_NPU_TILE_ACTION_CORE_ALU 0x17u /**< Ledger action: the SoC's: one ALU, branch, jump or fence instruction retired (a tile reads 0; the host report has it). */
#define NMTJ_NPU_TILE_ACTION_CORE_MEMORY 0x18u /**< Ledger action: the SoC's: one load or store retired (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_CORE_MUL 0x19u /**< Ledger action: the SoC's: one multiply retired (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_CORE_DIV 0x1Au /**< Ledger action: the SoC's: one divide or remainder retired (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_CORE_SYSTEM 0x1Bu /**< Ledger action: the SoC's: one CSR, ecall, mret or wfi retired (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_RAM_READ 0x1Cu /**< Ledger action: the SoC's: one RAM word read, fetch, load or DMA (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_RAM_WRITE 0x1Du /**< Ledger action: the SoC's: one RAM store, DMA or host-link word written (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_BUS_TRANSFER 0x1Eu /**< Ledger action: the SoC's: one transfer on the peripheral bus (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_PERIPHERAL_ACCESS 0x1Fu /**< Ledger action: the SoC's: one access to a register of an SoC device (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_DMA_WORD 0x20u /**< Ledger action: the SoC's: one spike word moved by the DMA engine (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_HOST_WORD 0x21u /**< Ledger action: the SoC's: one word received over the host link (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_ALWAYS_ON_PS 0x22u /**< Ledger action: the SoC's: picoseconds the always-on domain was powered (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_TILE_POWERED_PS 0x23u /**< Ledger action: picoseconds the tile's own blocks were powered. */
#define NMTJ_NPU_TILE_ACTION_RAM_BANK_PS 0x24u /**< Ledger action: the SoC's: picoseconds times RAM banks powered (a tile reads 0). */
#define NMTJ_NPU_TILE_ACTION_READ_PATH_PS 0x25u /**< Ledger action: picoseconds the tile's read path (array transistors and TDCs) was powered. */
#define NMTJ_NPU_TILE_ACTION_JUNCTION_HEAT 0x26u /**< Ledger action: the Joule heat of learning pulses through spin-transfer-torque junctions (coincident and half-selected cells), in attojoules. */
#define NMTJ_NPU_TILE_ACTION_LINE_CHARGE 0x27u /**< Ledger action: the charge of the row and column lines that learning pulses through spin-transfer-torque junctions drive, in cells on a line times its voltage squared (mV^2). */
#define NMTJ_NPU_TILE_RULE_NONE 0x0u /**< No change. */
#define NMTJ_NPU_TILE_RULE_LTP 0x1u /**< Potentiate: a pulse toward parallel. */
#define NMTJ_NPU_TILE_RULE_LTD 0x2u /**< Depress: a pulse toward antiparallel. */

/* HOST: The host link of the development board: the files the host offers (a chip image, a dataset), copied into RAM by a DMA window, and a mailbox through which firmware reports to the host (results, progress, phase marks). The runner decides what the files are; their order is the command line's. */
#define NMTJ_HOST_BASE 0x40200000u /**< Base address of HOST. */
#define NMTJ_HOST_SIZE 0x00001000u /**< Bytes of address space HOST decodes. */
#define NMTJ_HOST_FILES_OFFSET 0x0u /**< Byte offset of HOST.FILES from NMTJ_HOST_BASE. */
#define NMTJ_HOST_FILES_RESET 0x00000000u /**< Value of HOST.FILES after reset. */
#define NMTJ_HOST_FILES (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_FILES_OFFSET)) /**< HOST.FILES (RO, 32 bits): Number of files the host offers. */
#define NMTJ_HOST_FILE_OFFSET 0x4u /**< Byte offset of HOST.FILE from NMTJ_HOST_BASE. */
#define NMTJ_HOST_FILE_RESET 0x00000000u /**< Value of HOST.FILE after reset. */
#define NMTJ_HOST_FILE (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_FILE_OFFSET)) /**< HOST.FILE (RW, 32 bits): File that FILE_SIZE and the DMA window address, from 0. */
#define NMTJ_HOST_FILE_SIZE_OFFSET 0x8u /**< Byte offset of HOST.FILE_SIZE from NMTJ_HOST_BASE. */
#define NMTJ_HOST_FILE_SIZE_RESET 0x00000000u /**< Value of HOST.FILE_SIZE after reset. */
#define NMTJ_HOST_FILE_SIZE (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_FILE_SIZE_OFFSET)) /**< HOST.FILE_SIZE (RO, 32 bits): Bytes of the selected file (0 when FILE is past the last). */
#define NMTJ_HOST_OFFSET_OFFSET 0xCu /**< Byte offset of HOST.OFFSET from NMTJ_HOST_BASE. */
#define NMTJ_HOST_OFFSET_RESET 0x00000000u /**< Value of HOST.OFFSET after reset. */
#define NMTJ_HOST_OFFSET (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_OFFSET_OFFSET)) /**< HOST.OFFSET (RW, 32 bits): Byte of the selected file at which the next copy starts. */
#define NMTJ_HOST_ADDRESS_OFFSET 0x10u /**< Byte offset of HOST.ADDRESS from NMTJ_HOST_BASE. */
#define NMTJ_HOST_ADDRESS_RESET 0x00000000u /**< Value of HOST.ADDRESS after reset. */
#define NMTJ_HOST_ADDRESS (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_ADDRESS_OFFSET)) /**< HOST.ADDRESS (RW, 32 bits): RAM address the next copy writes to. */
#define NMTJ_HOST_LENGTH_OFFSET 0x14u /**< Byte offset of HOST.LENGTH from NMTJ_HOST_BASE. */
#define NMTJ_HOST_LENGTH_RESET 0x00000000u /**< Value of HOST.LENGTH after reset. */
#define NMTJ_HOST_LENGTH (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_LENGTH_OFFSET)) /**< HOST.LENGTH (RW, 32 bits): Bytes the next copy moves. */
#define NMTJ_HOST_CTRL_OFFSET 0x18u /**< Byte offset of HOST.CTRL from NMTJ_HOST_BASE. */
#define NMTJ_HOST_CTRL_RESET 0x00000000u /**< Value of HOST.CTRL after reset. */
#define NMTJ_HOST_CTRL (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_CTRL_OFFSET)) /**< HOST.CTRL (WO, 32 bits): DMA window commands. */
#define NMTJ_HOST_CTRL_START_LSB 0 /**< Lowest bit of HOST.CTRL.START: Copy LENGTH bytes of the selected file from OFFSET to RAM at ADDRESS; the copy takes one cycle a word. */
#define NMTJ_HOST_CTRL_START_MASK 0x00000001u /**< Bits of HOST.CTRL.START in place. */
#define NMTJ_HOST_STATUS_OFFSET 0x1Cu /**< Byte offset of HOST.STATUS from NMTJ_HOST_BASE. */
#define NMTJ_HOST_STATUS_RESET 0x00000000u /**< Value of HOST.STATUS after reset. */
#define NMTJ_HOST_STATUS (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_STATUS_OFFSET)) /**< HOST.STATUS (RO, 32 bits): DMA window state. */
#define NMTJ_HOST_STATUS_BUSY_LSB 0 /**< Lowest bit of HOST.STATUS.BUSY: A copy is running. */
#define NMTJ_HOST_STATUS_BUSY_MASK 0x00000001u /**< Bits of HOST.STATUS.BUSY in place. */
#define NMTJ_HOST_STATUS_ERROR_LSB 1 /**< Lowest bit of HOST.STATUS.ERROR: The last copy was refused: no such file, bytes past its end, or RAM that does not exist. Nothing was copied. */
#define NMTJ_HOST_STATUS_ERROR_MASK 0x00000002u /**< Bits of HOST.STATUS.ERROR in place. */
#define NMTJ_HOST_MBOX_ARG0_OFFSET 0x20u /**< Byte offset of HOST.MBOX_ARG0 from NMTJ_HOST_BASE. */
#define NMTJ_HOST_MBOX_ARG0_RESET 0x00000000u /**< Value of HOST.MBOX_ARG0 after reset. */
#define NMTJ_HOST_MBOX_ARG0 (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_MBOX_ARG0_OFFSET)) /**< HOST.MBOX_ARG0 (RW, 32 bits): First argument of the next mailbox command. */
#define NMTJ_HOST_MBOX_ARG1_OFFSET 0x24u /**< Byte offset of HOST.MBOX_ARG1 from NMTJ_HOST_BASE. */
#define NMTJ_HOST_MBOX_ARG1_RESET 0x00000000u /**< Value of HOST.MBOX_ARG1 after reset. */
#define NMTJ_HOST_MBOX_ARG1 (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_MBOX_ARG1_OFFSET)) /**< HOST.MBOX_ARG1 (RW, 32 bits): Second argument of the next mailbox command. */
#define NMTJ_HOST_MBOX_ARG2_OFFSET 0x28u /**< Byte offset of HOST.MBOX_ARG2 from NMTJ_HOST_BASE. */
#define NMTJ_HOST_MBOX_ARG2_RESET 0x00000000u /**< Value of HOST.MBOX_ARG2 after reset. */
#define NMTJ_HOST_MBOX_ARG2 (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_MBOX_ARG2_OFFSET)) /**< HOST.MBOX_ARG2 (RW, 32 bits): Third argument of the next mailbox command. */
#define NMTJ_HOST_MBOX_CMD_OFFSET 0x2Cu /**< Byte offset of HOST.MBOX_CMD from NMTJ_HOST_BASE. */
#define NMTJ_HOST_MBOX_CMD_RESET 0x00000000u /**< Value of HOST.MBOX_CMD after reset. */
#define NMTJ_HOST_MBOX_CMD (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_MBOX_CMD_OFFSET)) /**< HOST.MBOX_CMD (WO, 32 bits): Writing a command (MBOX_* constant) hands it and its arguments to the host. */
#define NMTJ_HOST_MBOX_REPLY_OFFSET 0x30u /**< Byte offset of HOST.MBOX_REPLY from NMTJ_HOST_BASE. */
#define NMTJ_HOST_MBOX_REPLY_RESET 0x00000000u /**< Value of HOST.MBOX_REPLY after reset. */
#define NMTJ_HOST_MBOX_REPLY (*(volatile uint32_t *)(NMTJ_HOST_BASE + NMTJ_HOST_MBOX_REPLY_OFFSET)) /**< HOST.MBOX_REPLY (RO, 32 bits): The host's answer to the last command: 0 taken, 1 unknown command. */
#define NMTJ_HOST_MBOX_RESULT 0x1u /**< Mailbox: an image was classified; ARG0 image, ARG1 answer (-1 for none), ARG2 label. */
#define NMTJ_HOST_MBOX_PROGRESS 0x2u /**< Mailbox: ARG0 of ARG1 work items done. */
#define NMTJ_HOST_MBOX_MARK 0x3u /**< Mailbox: the firmware enters phase ARG0 (the host notes the cycle). */
#define NMTJ_HOST_MBOX_SPIKE 0x4u /**< Mailbox: an output neuron fired; ARG0 sample, ARG1 output, ARG2 timestep of the sample. */

/* Interrupt controller source ids. */
#define NMTJ_IRQ_UART0 10 /**< Interrupt source: UART0 receive data available or THR empty. */
#define NMTJ_IRQ_NPU 11 /**< Interrupt source: NPU: output ready, timestep or run done, DMA done, error (see IRQ_PENDING). */

#endif /* NMTJ_REGS_H */
