/*
 * The nine STDP rules of the SOT-MTJ paper, selected one after another at run time (metaplasticity).
 * Tile 0's neuron 0 is made to fire by eight "teacher" rows (8-15, weight 1, threshold 8); row 0 is the
 * plastic synapse. A causal pairing drives row 0 in the timestep the neuron fires (dt = 0); an acausal
 * one drives it the timestep after (dt = -1). For every rule, from both starting weights, five pairings
 * must leave the weight where the rule says: potentiated, depressed, or unchanged.
 */
#include <stdio.h>
#include "nmtj_npu.h"

#define PLASTIC_ROW 0u
#define TEACHERS 8u
#define PAIRINGS 5

static const char *const NAMES[] = {"none", "LTP", "LTD"};

static void timestep_with(int plastic, int teachers)
{
    if (plastic) {
        nmtj_spike_send(0, PLASTIC_ROW);
    }
    for (unsigned r = 0; teachers && r < TEACHERS; r++) {
        nmtj_spike_send(0, 8 + r);
    }
    nmtj_run(1);
    nmtj_run_wait();
}

/* Returns the plastic weight after PAIRINGS pairings in the given order, starting from `start`. */
static unsigned experiment(unsigned causal, unsigned acausal, int causal_order, unsigned start)
{
    nmtj_learning_set(0, NMTJ_NPU_TILE_LEARN_OFF, 0, 0, 1, 950, 0, PLASTIC_ROW, 1);
    nmtj_weight_write(0, PLASTIC_ROW, 0, start);
    /* A shift leak never drains a membrane below 2^shift: start every experiment from rest. */
    nmtj_tile_reset_neurons(0);
    nmtj_learning_set(0, NMTJ_NPU_TILE_LEARN_STDP, causal, acausal, 1, 950, 0, PLASTIC_ROW, 1);
    for (int i = 0; i < PAIRINGS; i++) {
        if (causal_order) {
            timestep_with(1, 1);
        } else {
            timestep_with(0, 1);
            timestep_with(1, 0);
        }
        timestep_with(0, 0); /* gaps wider than the window keep pairings apart */
        timestep_with(0, 0);
    }
    nmtj_learning_set(0, NMTJ_NPU_TILE_LEARN_OFF, 0, 0, 1, 950, 0, PLASTIC_ROW, 1);
    return nmtj_weight_read(0, PLASTIC_ROW, 0);
}

static unsigned expected(unsigned rule, unsigned start)
{
    return rule == NMTJ_NPU_TILE_RULE_LTP ? 1 : rule == NMTJ_NPU_TILE_RULE_LTD ? 0 : start;
}

int main(void)
{
    int failed = 0;
    nmtj_tile_select(0);
    nmtj_tile_write_policy(1000, 750, 1, 32);
    for (unsigned r = 0; r < TEACHERS; r++) {
        failed |= nmtj_weight_write(0, 8 + r, 0, 1);
    }
    printf("rule (dt>=0, dt<0)   dt>=0: 0->  1->   dt<0: 0->  1->\n");
    for (unsigned c = 0; c < 3; c++) {
        for (unsigned a = 0; a < 3; a++) {
            unsigned w[4] = {experiment(c, a, 1, 0), experiment(c, a, 1, 1), experiment(c, a, 0, 0),
                             experiment(c, a, 0, 1)};
            int ok = w[0] == expected(c, 0) && w[1] == expected(c, 1) && w[2] == expected(a, 0)
                     && w[3] == expected(a, 1);
            printf("(%-4s, %-4s)               %u    %u            %u    %u   %s\n", NAMES[c], NAMES[a], w[0], w[1],
                   w[2], w[3], ok ? "ok" : "WRONG");
            failed |= !ok;
        }
    }
    printf("%s\n", failed ? "FAIL" : "PASS");
    return failed;
}
