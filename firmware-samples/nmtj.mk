# The NeuroMTJ firmware SDK's makefile fragment: include it from a project's Makefile.
#
#   NAME    := blink            # the program: $(OUT)/blink.elf
#   SOURCES := main.c leds.c    # its C and assembly sources
#   include /path/to/sdk/nmtj.mk
#
# `make` then builds $(OUT)/$(NAME).elf (OUT is build/ unless set), its disassembly $(OUT)/$(NAME).dis and
# $(OUT)/compile_commands.json for editors; `make clean` removes $(OUT). The startup code, linker script and
# runtime come from the SDK, its headers are on the include path, and CFLAGS and LDFLAGS add to its flags.
# A Makefile with several programs calls $(call nmtj_program,NAME,SOURCES[,CFLAGS]) once for each instead.
#
# Objects are compiled with -march=rv32im_zicsr; the link uses -march=rv32im, the spelling GCC 12's multilib
# table knows, so the rv32im/ilp32 picolibc and libgcc are selected (Debian's gcc-riscv64-unknown-elf and
# picolibc-riscv64-unknown-elf).

# Objects stay after a build; compile_commands.json lists the objects every program declared, read at its turn.
.SECONDARY:
.SECONDEXPANSION:

NMTJ_SDK := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
CROSS    ?= riscv64-unknown-elf-
CC       := $(CROSS)gcc
OBJDUMP  := $(CROSS)objdump
OUT      ?= build

NMTJ_CFLAGS  := -march=rv32im_zicsr -mabi=ilp32 --specs=picolibc.specs -O2 -g -Wall -Wextra -ffunction-sections \
                -I$(NMTJ_SDK)/include
NMTJ_LDFLAGS := -march=rv32im -mabi=ilp32 --specs=picolibc.specs -nostartfiles -T $(NMTJ_SDK)/lib/link.ld \
                -Wl,--gc-sections,--no-warn-rwx-segments
NMTJ_RUNTIME := $(NMTJ_SDK)/lib/crt0.S $(NMTJ_SDK)/lib/runtime.c
NMTJ_HEADERS := $(wildcard $(NMTJ_SDK)/include/*.h)
# Every object any program builds, for compile_commands.json.
NMTJ_OBJECTS :=

# $(call nmtj_object,SOURCE,PROGRAM): where a program's object of SOURCE goes.
nmtj_object = $(OUT)/obj/$(2)/$(basename $(notdir $(1))).o

# One source's compile rule; beside the object, its compile_commands.json entry.
define nmtj_compile_rule
$(call nmtj_object,$(1),$(2)): $(1) $(NMTJ_HEADERS)
	@mkdir -p $$(@D)
	$$(CC) $(NMTJ_CFLAGS) $(3) $$(CFLAGS) -c -o $$@ $$<
	@printf '{"directory": "%s", "file": "%s", "command": "%s"}\n' "$$(CURDIR)" "$$(abspath $$<)" \
	    '$$(subst ",\",$$(CC) $(NMTJ_CFLAGS) $(3) $$(CFLAGS) -c -o $$@ $$<)' > $$@.json
NMTJ_OBJECTS += $(call nmtj_object,$(1),$(2))
endef

# A program's link rule: its objects and the runtime's, with the SDK's linker script; then its disassembly.
define nmtj_link_rule
$(OUT)/$(1).elf: $(foreach s,$(2) $(NMTJ_RUNTIME),$(call nmtj_object,$(s),$(1))) $(NMTJ_SDK)/lib/link.ld
	$$(CC) $(NMTJ_LDFLAGS) $$(LDFLAGS) -o $$@ $$(filter %.o,$$^)
	$$(OBJDUMP) -d $$@ > $$(basename $$@).dis
endef

# $(call nmtj_program,NAME,SOURCES[,CFLAGS]): the rules that build $(OUT)/NAME.elf from SOURCES and the runtime,
# every object compiled with CFLAGS besides the SDK's.
nmtj_program = $(eval $(call nmtj_link_rule,$(1),$(2)))$(foreach s,$(2) $(NMTJ_RUNTIME),$(eval \
               $(call nmtj_compile_rule,$(s),$(1),$(3))))

ifdef NAME
ifndef SOURCES
$(error nmtj.mk: NAME is $(NAME) but SOURCES names no source file)
endif
.PHONY: all
all: $(OUT)/$(NAME).elf $(OUT)/compile_commands.json
$(call nmtj_program,$(NAME),$(SOURCES))
endif

# The compilation database of every object built: one entry per object, in the order they were declared.
$(OUT)/compile_commands.json: $$(NMTJ_OBJECTS)
	@{ echo '['; awk 'FNR == 1 && NR > 1 { print "," } { printf "  %s", $$0 }' $(addsuffix .json,$^); \
	   echo; echo ']'; } > $@

.PHONY: clean
clean:
	rm -rf $(OUT)
