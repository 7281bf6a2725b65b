/* picolibc glue: stdio on UART0, exit through the test finisher. */
#include <stdio.h>
#include <stdlib.h>
#include "neuromtj_regs.h"

static int uart_putc(char c, FILE *file)
{
    (void)file;
    while (!(NMTJ_UART0_LSR & NMTJ_UART0_LSR_THRE_MASK)) {
    }
    NMTJ_UART0_THR = (uint8_t)c;
    return (unsigned char)c;
}

static int uart_getc(FILE *file)
{
    (void)file;
    while (!(NMTJ_UART0_LSR & NMTJ_UART0_LSR_DR_MASK)) {
    }
    return NMTJ_UART0_RBR;
}

static FILE uart_stream = FDEV_SETUP_STREAM(uart_putc, uart_getc, NULL, _FDEV_SETUP_RW);

FILE *const stdin = &uart_stream;
FILE *const stdout = &uart_stream;
FILE *const stderr = &uart_stream;

void _exit(int status)
{
    NMTJ_FINISHER_CTRL = status == 0 ? NMTJ_FINISHER_PASS
                                     : ((uint32_t)status << NMTJ_FINISHER_CTRL_CODE_LSB) | NMTJ_FINISHER_FAIL;
    for (;;) {
        __asm__ volatile("wfi");
    }
}
