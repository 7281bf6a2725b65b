// The native baseline: drives a block of the RTL library with a stimulus file, with no Java in the
// way, and prints the cycles per second of each repetition. The file holds the stimulus words the
// Java side packs (one 32-bit little-endian word per input port per cycle), so both drive the same
// RTL with the same stimulus, chunk for chunk.
//
// usage: harness BLOCK STIMULUS_FILE REPEATS CHUNK
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

extern "C" {
void* nmtj_open(const char* name);
void nmtj_close(void* handle);
int nmtj_ports(void* handle, char* buffer, int length);
int nmtj_run(void* handle, int cycles, const uint32_t* in, uint32_t* out);
const char* nmtj_last_error();
}

namespace {

int count(const std::string& ports, const std::string& kind) {
    int n = 0;
    for (size_t at = ports.find(kind); at != std::string::npos; at = ports.find(kind, at + 1)) {
        n++;
    }
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: harness BLOCK STIMULUS_FILE REPEATS CHUNK\n");
        return 2;
    }
    const int repeats = std::atoi(argv[3]);
    const int chunk = std::atoi(argv[4]);
    std::ifstream file(argv[2], std::ios::binary | std::ios::ate);
    if (!file) {
        std::fprintf(stderr, "harness: cannot read %s\n", argv[2]);
        return 2;
    }
    std::vector<uint32_t> in(static_cast<size_t>(file.tellg()) / 4);
    file.seekg(0);
    file.read(reinterpret_cast<char*>(in.data()), static_cast<std::streamsize>(in.size() * 4));
    for (int r = 0; r < repeats; r++) {
        void* block = nmtj_open(argv[1]);
        if (!block) {
            std::fprintf(stderr, "harness: %s\n", nmtj_last_error());
            return 2;
        }
        char ports[4096];
        nmtj_ports(block, ports, sizeof ports);
        const int ni = count(ports, ":in;");
        const int no = count(ports, ":out;");
        const long cycles = static_cast<long>(in.size()) / ni;
        std::vector<uint32_t> out(static_cast<size_t>(chunk) * no);
        auto start = std::chrono::steady_clock::now();
        for (long done = 0; done < cycles; done += chunk) {
            int n = static_cast<int>(std::min<long>(chunk, cycles - done));
            if (nmtj_run(block, n, in.data() + done * ni, out.data()) != 0) {
                std::fprintf(stderr, "harness: %s\n", nmtj_last_error());
                return 1;
            }
        }
        std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
        nmtj_close(block);
        std::printf("%.1f\n", static_cast<double>(cycles) / seconds.count());
    }
    return 0;
}
