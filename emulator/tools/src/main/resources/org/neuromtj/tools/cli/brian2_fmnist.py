"""The shipped Fashion-MNIST spiking network in Brian2, for `neuromtj bench snn`.

Reads the network and images the bench wrote (network.json, w1.bin, w2.bin, images.bin in DIR), runs
every image in one simulation with the given code-generation target, and writes one answer per line to
DIR/answers-TARGET.txt and the timings to DIR/timing-TARGET.json.

The model is the chip's with ideal devices: integrate-and-fire neurons without leak, threshold v >= th,
reset by subtraction; pixel p makes round(p * levels / 255) spikes in timesteps 0, 1, ...; a hidden
spike reaches the output layer in the next timestep. Brian2 propagates a spike in the timestep it is
emitted, after the thresholds, so every layer answers one timestep later than on the chip: an image's
output spikes are counted in its local timesteps 1 to T. Each image has T + 2 timesteps and both
layers are cleared at its start.
"""
import json
import sys
import time

import numpy as np

started = time.perf_counter()
import brian2 as b2  # noqa: E402

directory, target = sys.argv[1], sys.argv[2]
net = json.load(open(f"{directory}/network.json"))
inputs, hidden, outputs = net["inputs"], net["hidden"], net["outputs"]
steps, levels = net["timesteps"], net["levels"]
w1 = np.fromfile(f"{directory}/w1.bin", dtype=np.int8).reshape(hidden, inputs)
w2 = np.fromfile(f"{directory}/w2.bin", dtype=np.int8).reshape(outputs, hidden)
images = np.fromfile(f"{directory}/images.bin", dtype=np.uint8).reshape(-1, inputs)
count = images.shape[0]
period = steps + 2

if target == "cpp_standalone":
    b2.set_device("cpp_standalone", directory=f"{directory}/standalone", build_on_run=False)
else:
    b2.prefs.codegen.target = target
b2.defaultclock.dt = 1 * b2.ms

spikes = (images.astype(np.int64) * levels + 127) // 255
idx, when = [], []
for k in range(count):
    for t in range(levels):
        on = np.nonzero(spikes[k] > t)[0]
        idx.append(on)
        when.append(np.full(on.size, k * period + t))
idx = np.concatenate(idx)
when = np.concatenate(when)

source = b2.SpikeGeneratorGroup(inputs, idx, when * b2.ms)
layers = []
for size, th in ((hidden, net["hidden_threshold"]), (outputs, net["output_threshold"])):
    g = b2.NeuronGroup(size, "v : 1", threshold=f"v >= {th}", reset=f"v -= {th}", method="exact")
    g.run_regularly("v = 0", dt=period * b2.ms, when="start")
    layers.append(g)
hidden_g, output_g = layers
s1 = b2.Synapses(source, hidden_g, "w : 1", on_pre="v_post += w")
post, pre = np.nonzero(w1)
s1.connect(i=pre, j=post)
s1.w = w1[post, pre]
s2 = b2.Synapses(hidden_g, output_g, "w : 1", on_pre="v_post += w")
post, pre = np.nonzero(w2)
s2.connect(i=pre, j=post)
s2.w = w2[post, pre]
monitor = b2.SpikeMonitor(output_g)
built = time.perf_counter()
b2.run(count * period * b2.ms)
binary = None
if target == "cpp_standalone":
    compiled = time.perf_counter()
    b2.device.build(directory=f"{directory}/standalone", compile=True, run=False)
    binary_start = time.perf_counter()
    b2.device.run(directory=f"{directory}/standalone", with_output=False, run_args=[])
    binary = time.perf_counter() - binary_start
simulated = time.perf_counter()

neuron = np.asarray(monitor.i[:])
step = np.rint(np.asarray(monitor.t[:] / b2.ms)).astype(np.int64)
image, local = step // period, step % period
counted = (local >= 1) & (local <= steps)
answers = []
for k in range(count):
    mine = counted & (image == k)
    best, best_count, best_first = -1, 0, 0
    for c in range(outputs):
        hits = local[mine & (neuron == c)]
        if hits.size > best_count or (hits.size == best_count and hits.size > 0 and hits.min() < best_first):
            best, best_count, best_first = c, hits.size, hits.min()
    answers.append(best)
with open(f"{directory}/answers-{target}.txt", "w") as f:
    f.write("\n".join(str(a) for a in answers) + "\n")
json.dump({"import_and_setup_s": built - started, "run_s": simulated - built, "binary_s": binary},
          open(f"{directory}/timing-{target}.json", "w"))
