# The NeuroMTJ firmware SDK's CMake toolchain file:
#
#   cmake -S . -B build -DCMAKE_TOOLCHAIN_FILE=/path/to/sdk/nmtj-toolchain.cmake
#
# and in CMakeLists.txt, a project with C and ASM whose programs add the SDK's runtime to their sources:
#
#   project(blink C ASM)
#   add_executable(blink main.c ${NMTJ_RUNTIME_SOURCES})
#
# Programs are named NAME.elf; the build writes compile_commands.json. The flags are nmtj.mk's: objects compiled
# with -march=rv32im_zicsr, the link with -march=rv32im (it comes last on the link line), the spelling GCC 12's
# multilib table knows, so that the rv32im/ilp32 picolibc and libgcc are selected.

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR riscv32)

set(NMTJ_SDK "${CMAKE_CURRENT_LIST_DIR}")
set(NMTJ_CROSS "riscv64-unknown-elf-" CACHE STRING "Prefix of the RISC-V cross toolchain's commands")
set(CMAKE_C_COMPILER "${NMTJ_CROSS}gcc")
set(CMAKE_ASM_COMPILER "${NMTJ_CROSS}gcc")
set(CMAKE_OBJDUMP "${NMTJ_CROSS}objdump")
# A test program cannot link without the SDK's startup code: compiler checks build a library instead.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(NMTJ_COMPILE_FLAGS "-march=rv32im_zicsr -mabi=ilp32 --specs=picolibc.specs -O2 -g -Wall -Wextra -ffunction-sections")
set(CMAKE_C_FLAGS_INIT "${NMTJ_COMPILE_FLAGS}")
set(CMAKE_ASM_FLAGS_INIT "${NMTJ_COMPILE_FLAGS}")
# The link line starts with the compile flags (picolibc's specs among them, which may be given once only).
set(CMAKE_EXE_LINKER_FLAGS_INIT "-march=rv32im -nostartfiles -T ${NMTJ_SDK}/lib/link.ld -Wl,--gc-sections,--no-warn-rwx-segments")
set(CMAKE_C_STANDARD_INCLUDE_DIRECTORIES "${NMTJ_SDK}/include")
set(CMAKE_ASM_STANDARD_INCLUDE_DIRECTORIES "${NMTJ_SDK}/include")
set(CMAKE_EXECUTABLE_SUFFIX_C ".elf")
set(CMAKE_EXECUTABLE_SUFFIX_ASM ".elf")
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

# The startup code and runtime every program links.
set(NMTJ_RUNTIME_SOURCES "${NMTJ_SDK}/lib/crt0.S" "${NMTJ_SDK}/lib/runtime.c")
