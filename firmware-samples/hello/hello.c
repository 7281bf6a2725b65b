/* The first thing to boot: greets over UART0 and exercises printf's integer formatting. */
#include <stdio.h>
#include "neuromtj_regs.h"

int main(void)
{
    printf("Hello from the NeuroMTJ control core!\n");
    printf("RAM at 0x%08lx, %lu KiB\n", (unsigned long)NMTJ_RAM_BASE, (unsigned long)(NMTJ_RAM_SIZE / 1024));
    for (int i = 1; i <= 5; i++) {
        printf("%d squared is %d, %d cubed is %d\n", i, i * i, i, i * i * i);
    }
    return 0;
}
