package org.neuromtj.isa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RamTest {

    @Test
    void aBankHoldsDataWhenAnyOfItsBytesIsNotZeroAndAShortLastBankCounts() {
        int bank = 3 * 4096 + 8;
        Ram ram = new Ram(0x8000_0000, 3 * bank + 16);
        assertEquals(0, ram.banksHoldingData(bank));
        ram.write(0x8000_0000 + 2 * bank - 1, new byte[] {1}, 0, 1);
        assertEquals(1, ram.banksHoldingData(bank), "the last byte of bank 1");
        ram.write(0x8000_0000 + 3 * bank + 15, new byte[] {(byte) 0x80}, 0, 1);
        assertEquals(2, ram.banksHoldingData(bank), "the last byte of the short bank after the third");
        ram.write(0x8000_0000 + 4096, new byte[] {1, 1}, 0, 2);
        assertEquals(3, ram.banksHoldingData(bank), "bytes past the first 4 KiB of bank 0");
        ram.clear();
        assertEquals(0, ram.banksHoldingData(bank));
    }
}
