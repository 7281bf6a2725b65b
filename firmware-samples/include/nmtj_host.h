/**
 * @file
 * The host link of the development board (HOST registers): files the runner offers (`--host-file`, in
 * order from 0), copied into RAM through the DMA window, and the mailbox through which firmware reports
 * results and progress to the host.
 */
#ifndef NMTJ_HOST_H
#define NMTJ_HOST_H

#include <stdint.h>
#include "nmtj.h"

/**
 * @return the number of files the host offers (HOST.FILES)
 */
static inline unsigned nmtj_host_files(void)
{
    return NMTJ_HOST_FILES;
}

/**
 * Selects a host file (HOST.FILE) and reads its size (HOST.FILE_SIZE).
 * @param file the file, from 0 in the order of the command line
 * @return its size in bytes, 0 if there is no such file
 */
static inline uint32_t nmtj_host_size(unsigned file)
{
    NMTJ_HOST_FILE = file;
    return NMTJ_HOST_FILE_SIZE;
}

/**
 * Copies bytes of a host file into RAM through the DMA window (HOST.FILE, OFFSET, ADDRESS, LENGTH, CTRL.START)
 * and waits for the copy to end, polling HOST.STATUS.BUSY: about one core cycle a 32-bit word, @p length / 4
 * cycles, and the polls' loop after.
 * @param file   the file
 * @param offset its first byte copied
 * @param dst    where in RAM the bytes go
 * @param length how many bytes
 * @return 0, or -1 when the copy was refused (no such file, past its end, or outside RAM; nothing was copied)
 */
static inline int nmtj_host_read(unsigned file, uint32_t offset, void *dst, uint32_t length)
{
    NMTJ_HOST_FILE = file;
    NMTJ_HOST_OFFSET = offset;
    NMTJ_HOST_ADDRESS = (uint32_t)dst;
    NMTJ_HOST_LENGTH = length;
    NMTJ_HOST_CTRL = NMTJ_HOST_CTRL_START_MASK;
    if (NMTJ_HOST_STATUS & NMTJ_HOST_STATUS_ERROR_MASK) {
        return -1;
    }
    while (NMTJ_HOST_STATUS & NMTJ_HOST_STATUS_BUSY_MASK) {
    }
    /* The engine wrote RAM behind the compiler's back. */
    __asm__ volatile("fence rw, rw" ::: "memory");
    return 0;
}

/**
 * Hands a mailbox command and its arguments to the host (HOST.MBOX_ARG0..2, MBOX_CMD), which takes it at once.
 * @param command an NMTJ_HOST_MBOX_* command
 * @param arg0    its first argument
 * @param arg1    its second
 * @param arg2    its third
 * @return the host's reply (HOST.MBOX_REPLY): 0 taken, 1 unknown command
 */
static inline uint32_t nmtj_host_tell(uint32_t command, uint32_t arg0, uint32_t arg1, uint32_t arg2)
{
    NMTJ_HOST_MBOX_ARG0 = arg0;
    NMTJ_HOST_MBOX_ARG1 = arg1;
    NMTJ_HOST_MBOX_ARG2 = arg2;
    NMTJ_HOST_MBOX_CMD = command;
    return NMTJ_HOST_MBOX_REPLY;
}

#endif
