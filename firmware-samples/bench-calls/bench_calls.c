/* A branchy, call-heavy kernel for measuring simulator speed, the counterpart of bench-core's loops: a
   tiny stack machine dispatched through a switch (a jump table, so indirect jumps), qsort with a
   comparator called through a pointer, a binary search tree built and searched by pointer chasing, and
   a recursive function. Repeated ROUNDS times; prints one checksum so every simulator does all the work. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#ifndef ROUNDS
#define ROUNDS 400
#endif

#define ITEMS 512
#define NODES 1024

enum { PUSH, ADD, SUB, MUL, DUP, SWAP, ROT, JNZ, DEC, POP, HALT };

/* Sum over n = count..1 of 3n - 1, counted down in stack-machine code with a conditional jump. */
static int32_t run_machine(int32_t count)
{
    const int32_t code[] = {
        PUSH, 0, PUSH, count,                     /* acc n */
        DUP, PUSH, 3, MUL, PUSH, 1, SUB,          /* acc n 3n-1 */
        ROT, ADD, SWAP,                           /* acc+3n-1 n */
        DEC, DUP, JNZ, 4,                         /* loop while n > 0 */
        POP, HALT,
    };
    int32_t stack[16];
    int sp = 0;
    for (int pc = 0;;) {
        switch (code[pc++]) {
        case PUSH:
            stack[sp++] = code[pc++];
            break;
        case ADD:
            sp--;
            stack[sp - 1] += stack[sp];
            break;
        case SUB:
            sp--;
            stack[sp - 1] -= stack[sp];
            break;
        case MUL:
            sp--;
            stack[sp - 1] *= stack[sp];
            break;
        case DUP:
            stack[sp] = stack[sp - 1];
            sp++;
            break;
        case SWAP: {
            int32_t t = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = t;
            break;
        }
        case ROT: {
            int32_t a = stack[sp - 3];
            stack[sp - 3] = stack[sp - 2];
            stack[sp - 2] = stack[sp - 1];
            stack[sp - 1] = a;
            break;
        }
        case JNZ:
            pc = stack[--sp] ? code[pc] : pc + 1;
            break;
        case DEC:
            stack[sp - 1]--;
            break;
        case POP:
            sp--;
            break;
        default:
            return stack[sp - 1];
        }
    }
}

static uint32_t seed = 12345;

static uint32_t next_random(void)
{
    seed = seed * 1103515245u + 12345u;
    return seed >> 8;
}

static int compare(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static uint32_t sort_items(void)
{
    static int32_t items[ITEMS];
    for (int i = 0; i < ITEMS; i++) {
        items[i] = (int32_t)(next_random() % 100000) - 50000;
    }
    qsort(items, ITEMS, sizeof items[0], compare);
    uint32_t sum = 0;
    for (int i = 0; i < ITEMS; i++) {
        sum = sum * 31 + (uint32_t)items[i];
    }
    return sum;
}

struct node {
    uint32_t key;
    struct node *left, *right;
};

static struct node nodes[NODES];

static uint32_t tree(void)
{
    struct node *root = 0;
    for (int i = 0; i < NODES; i++) {
        struct node *n = &nodes[i];
        n->key = next_random() % 65536;
        n->left = n->right = 0;
        struct node **at = &root;
        while (*at) {
            at = n->key < (*at)->key ? &(*at)->left : &(*at)->right;
        }
        *at = n;
    }
    uint32_t found = 0;
    for (uint32_t k = 0; k < 65536; k += 37) {
        for (struct node *n = root; n; n = k < n->key ? n->left : n->right) {
            if (n->key == k) {
                found++;
                break;
            }
        }
    }
    return found;
}

static uint32_t fib(uint32_t n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(void)
{
    uint32_t check = 0;
    for (int round = 0; round < ROUNDS; round++) {
        check = check * 7 + (uint32_t)run_machine(200 + round);
        check = check * 7 + sort_items();
        check = check * 7 + tree();
        check = check * 7 + fib(16);
    }
    printf("bench-calls: %d rounds, checksum %08lx\n", ROUNDS, (unsigned long)check);
    return 0;
}
