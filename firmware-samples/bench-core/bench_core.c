/* A compute-bound kernel for measuring simulator speed: bitwise CRC-32, an integer matrix product and a
   prime sieve, repeated ROUNDS times. Prints one checksum so every simulator must do all the work. */
#include <stdio.h>
#include <stdint.h>

#ifndef ROUNDS
#define ROUNDS 800
#endif

#define N 24
#define BYTES 4096
#define SIEVE 16384

static uint8_t buffer[BYTES];
static int32_t a[N][N], b[N][N], c[N][N];
static uint8_t composite[SIEVE];

static uint32_t crc32(const uint8_t *data, int length, uint32_t crc)
{
    crc = ~crc;
    for (int i = 0; i < length; i++) {
        crc ^= data[i];
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
        }
    }
    return ~crc;
}

static uint32_t matmul(void)
{
    uint32_t sum = 0;
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            int32_t acc = 0;
            for (int k = 0; k < N; k++) {
                acc += a[i][k] * b[k][j];
            }
            c[i][j] = acc;
            sum = sum * 31 + (uint32_t)acc;
        }
    }
    return sum;
}

static uint32_t sieve(void)
{
    uint32_t count = 0;
    for (int i = 0; i < SIEVE; i++) {
        composite[i] = 0;
    }
    for (int i = 2; i < SIEVE; i++) {
        if (!composite[i]) {
            count++;
            for (int j = i * 2; j < SIEVE; j += i) {
                composite[j] = 1;
            }
        }
    }
    return count;
}

int main(void)
{
    uint32_t seed = 12345;
    for (int i = 0; i < BYTES; i++) {
        seed = seed * 1103515245u + 12345u;
        buffer[i] = (uint8_t)(seed >> 16);
    }
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            a[i][j] = (i * 7 + j * 3) % 17 - 8;
            b[i][j] = (i * 5 + j * 11) % 13 - 6;
        }
    }
    uint32_t checksum = 0;
    for (int round = 0; round < ROUNDS; round++) {
        checksum = crc32(buffer, BYTES, checksum);
        checksum ^= matmul() + (uint32_t)round;
        checksum += sieve() / (uint32_t)(round + 1);
        buffer[round % BYTES] ^= (uint8_t)checksum;
    }
    printf("bench-core: %d rounds, checksum 0x%08lx\n", ROUNDS, (unsigned long)checksum);
    return 0;
}
