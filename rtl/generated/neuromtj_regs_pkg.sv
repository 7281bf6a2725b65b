// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
package neuromtj_regs_pkg;

  localparam int REGS_VERSION = 1;

  // RAM: Main memory of the control core; code, data and stack of the firmware.
  localparam logic [31:0] RAM_BASE = 32'h80000000;
  localparam logic [32:0] RAM_SIZE = 33'h01000000;

  // FINISHER
  localparam logic [31:0] FINISHER_BASE = 32'h00100000;
  localparam logic [31:0] FINISHER_SIZE = 32'h00001000;
  localparam logic [31:0] FINISHER_CTRL_OFFSET = 32'h00000000;
  localparam logic [31:0] FINISHER_CTRL_RESET = 32'h00000000;
  localparam int FINISHER_CTRL_STATUS_LSB = 0;
  localparam int FINISHER_CTRL_STATUS_WIDTH = 16;
  localparam int FINISHER_CTRL_CODE_LSB = 16;
  localparam int FINISHER_CTRL_CODE_WIDTH = 16;
  localparam logic [63:0] FINISHER_PASS = 64'h0000000000005555;
  localparam logic [63:0] FINISHER_FAIL = 64'h0000000000003333;
  localparam logic [63:0] FINISHER_RESET = 64'h0000000000007777;

  // CLINT
  localparam logic [31:0] CLINT_BASE = 32'h02000000;
  localparam logic [31:0] CLINT_SIZE = 32'h00010000;
  localparam logic [31:0] CLINT_MSIP_OFFSET = 32'h00000000;
  localparam logic [31:0] CLINT_MSIP_RESET = 32'h00000000;
  localparam int CLINT_MSIP_MSIP_LSB = 0;
  localparam int CLINT_MSIP_MSIP_WIDTH = 1;
  localparam logic [31:0] CLINT_MTIMECMP_OFFSET = 32'h00004000;
  localparam logic [63:0] CLINT_MTIMECMP_RESET = 64'hFFFFFFFFFFFFFFFF;
  localparam logic [31:0] CLINT_MTIME_OFFSET = 32'h0000BFF8;
  localparam logic [63:0] CLINT_MTIME_RESET = 64'h0000000000000000;
  localparam logic [63:0] CLINT_TIMEBASE_HZ = 64'h0000000000989680;
  localparam logic [63:0] CLINT_CORE_HZ = 64'h0000000005F5E100;

  // PLIC
  localparam logic [31:0] PLIC_BASE = 32'h0C000000;
  localparam logic [31:0] PLIC_SIZE = 32'h00400000;
  localparam logic [31:0] PLIC_PRIORITY_OFFSET = 32'h00000000;
  localparam logic [31:0] PLIC_PRIORITY_RESET = 32'h00000000;
  localparam int PLIC_PRIORITY_COUNT = 32;
  localparam int PLIC_PRIORITY_STRIDE = 4;
  localparam int PLIC_PRIORITY_PRIO_LSB = 0;
  localparam int PLIC_PRIORITY_PRIO_WIDTH = 3;
  localparam logic [31:0] PLIC_PENDING_OFFSET = 32'h00001000;
  localparam logic [31:0] PLIC_PENDING_RESET = 32'h00000000;
  localparam logic [31:0] PLIC_ENABLE_OFFSET = 32'h00002000;
  localparam logic [31:0] PLIC_ENABLE_RESET = 32'h00000000;
  localparam logic [31:0] PLIC_THRESHOLD_OFFSET = 32'h00200000;
  localparam logic [31:0] PLIC_THRESHOLD_RESET = 32'h00000000;
  localparam int PLIC_THRESHOLD_THRESHOLD_LSB = 0;
  localparam int PLIC_THRESHOLD_THRESHOLD_WIDTH = 3;
  localparam logic [31:0] PLIC_CLAIM_OFFSET = 32'h00200004;
  localparam logic [31:0] PLIC_CLAIM_RESET = 32'h00000000;

  // UART0
  localparam logic [31:0] UART0_BASE = 32'h10000000;
  localparam logic [31:0] UART0_SIZE = 32'h00000100;
  localparam logic [31:0] UART0_RBR_OFFSET = 32'h00000000;
  localparam logic [7:0] UART0_RBR_RESET = 8'h00;
  localparam logic [31:0] UART0_THR_OFFSET = 32'h00000000;
  localparam logic [7:0] UART0_THR_RESET = 8'h00;
  localparam logic [31:0] UART0_DLL_OFFSET = 32'h00000000;
  localparam logic [7:0] UART0_DLL_RESET = 8'h00;
  localparam logic [31:0] UART0_IER_OFFSET = 32'h00000001;
  localparam logic [7:0] UART0_IER_RESET = 8'h00;
  localparam int UART0_IER_ERBFI_LSB = 0;
  localparam int UART0_IER_ERBFI_WIDTH = 1;
  localparam int UART0_IER_ETBEI_LSB = 1;
  localparam int UART0_IER_ETBEI_WIDTH = 1;
  localparam logic [31:0] UART0_DLM_OFFSET = 32'h00000001;
  localparam logic [7:0] UART0_DLM_RESET = 8'h00;
  localparam logic [31:0] UART0_IIR_OFFSET = 32'h00000002;
  localparam logic [7:0] UART0_IIR_RESET = 8'h01;
  localparam int UART0_IIR_NOPEND_LSB = 0;
  localparam int UART0_IIR_NOPEND_WIDTH = 1;
  localparam int UART0_IIR_IID_LSB = 1;
  localparam int UART0_IIR_IID_WIDTH = 3;
  localparam logic [31:0] UART0_FCR_OFFSET = 32'h00000002;
  localparam logic [7:0] UART0_FCR_RESET = 8'h00;
  localparam logic [31:0] UART0_LCR_OFFSET = 32'h00000003;
  localparam logic [7:0] UART0_LCR_RESET = 8'h00;
  localparam int UART0_LCR_WLS_LSB = 0;
  localparam int UART0_LCR_WLS_WIDTH = 2;
  localparam int UART0_LCR_STB_LSB = 2;
  localparam int UART0_LCR_STB_WIDTH = 1;
  localparam int UART0_LCR_PEN_LSB = 3;
  localparam int UART0_LCR_PEN_WIDTH = 1;
  localparam int UART0_LCR_DLAB_LSB = 7;
  localparam int UART0_LCR_DLAB_WIDTH = 1;
  localparam logic [31:0] UART0_MCR_OFFSET = 32'h00000004;
  localparam logic [7:0] UART0_MCR_RESET = 8'h00;
  localparam logic [31:0] UART0_LSR_OFFSET = 32'h00000005;
  localparam logic [7:0] UART0_LSR_RESET = 8'h60;
  localparam int UART0_LSR_DR_LSB = 0;
  localparam int UART0_LSR_DR_WIDTH = 1;
  localparam int UART0_LSR_THRE_LSB = 5;
  localparam int UART0_LSR_THRE_WIDTH = 1;
  localparam int UART0_LSR_TEMT_LSB = 6;
  localparam int UART0_LSR_TEMT_WIDTH = 1;
  localparam logic [31:0] UART0_MSR_OFFSET = 32'h00000006;
  localparam logic [7:0] UART0_MSR_RESET = 8'h00;
  localparam logic [31:0] UART0_SCR_OFFSET = 32'h00000007;
  localparam logic [7:0] UART0_SCR_RESET = 8'h00;

  // TILE0
  localparam logic [31:0] TILE0_BASE = 32'h40000000;
  localparam logic [31:0] TILE0_SIZE = 32'h00100000;
  localparam logic [31:0] TILE0_ROWS_OFFSET = 32'h00000000;
  localparam logic [31:0] TILE0_ROWS_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_COLUMNS_OFFSET = 32'h00000004;
  localparam logic [31:0] TILE0_COLUMNS_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_SEGMENT_OFFSET = 32'h00000008;
  localparam logic [31:0] TILE0_SEGMENT_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_LEVELS_OFFSET = 32'h0000000C;
  localparam logic [31:0] TILE0_LEVELS_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_TDC_BITS_OFFSET = 32'h00000010;
  localparam logic [31:0] TILE0_TDC_BITS_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_TDC_COUNT_OFFSET = 32'h00000014;
  localparam logic [31:0] TILE0_TDC_COUNT_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_NEURONS_OFFSET = 32'h00000018;
  localparam logic [31:0] TILE0_NEURONS_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_CTRL_OFFSET = 32'h00000020;
  localparam logic [31:0] TILE0_CTRL_RESET = 32'h00000001;
  localparam int TILE0_CTRL_VERIFY_LSB = 0;
  localparam int TILE0_CTRL_VERIFY_WIDTH = 1;
  localparam logic [31:0] TILE0_CMD_OFFSET = 32'h00000024;
  localparam logic [31:0] TILE0_CMD_RESET = 32'h00000000;
  localparam int TILE0_CMD_CALIBRATE_LSB = 0;
  localparam int TILE0_CMD_CALIBRATE_WIDTH = 1;
  localparam int TILE0_CMD_RESET_NEURONS_LSB = 1;
  localparam int TILE0_CMD_RESET_NEURONS_WIDTH = 1;
  localparam int TILE0_CMD_CLEAR_COUNTS_LSB = 2;
  localparam int TILE0_CMD_CLEAR_COUNTS_WIDTH = 1;
  localparam logic [31:0] TILE0_STATUS_OFFSET = 32'h00000028;
  localparam logic [31:0] TILE0_STATUS_RESET = 32'h00000000;
  localparam int TILE0_STATUS_CALIBRATED_LSB = 0;
  localparam int TILE0_STATUS_CALIBRATED_WIDTH = 1;
  localparam int TILE0_STATUS_WRITE_FAILED_LSB = 1;
  localparam int TILE0_STATUS_WRITE_FAILED_WIDTH = 1;
  localparam logic [31:0] TILE0_PULSE_MV_OFFSET = 32'h00000030;
  localparam logic [31:0] TILE0_PULSE_MV_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_PULSE_PS_OFFSET = 32'h00000034;
  localparam logic [31:0] TILE0_PULSE_PS_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_MAX_RETRIES_OFFSET = 32'h00000038;
  localparam logic [31:0] TILE0_MAX_RETRIES_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_WRITE_PULSES_OFFSET = 32'h00000040;
  localparam logic [31:0] TILE0_WRITE_PULSES_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_WRITE_RETRIES_OFFSET = 32'h00000044;
  localparam logic [31:0] TILE0_WRITE_RETRIES_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_WRITE_FAILS_OFFSET = 32'h00000048;
  localparam logic [31:0] TILE0_WRITE_FAILS_RESET = 32'h00000000;
  localparam logic [31:0] TILE0_TDC_OFFSET_OFFSET = 32'h00000100;
  localparam logic [31:0] TILE0_TDC_OFFSET_RESET = 32'h00000000;
  localparam int TILE0_TDC_OFFSET_COUNT = 64;
  localparam int TILE0_TDC_OFFSET_STRIDE = 4;
  localparam int TILE0_TDC_OFFSET_OFFSET_LSB = 0;
  localparam int TILE0_TDC_OFFSET_OFFSET_WIDTH = 16;
  localparam logic [31:0] TILE0_TDC_GAIN_OFFSET = 32'h00000200;
  localparam logic [31:0] TILE0_TDC_GAIN_RESET = 32'h00000100;
  localparam int TILE0_TDC_GAIN_COUNT = 64;
  localparam int TILE0_TDC_GAIN_STRIDE = 4;
  localparam int TILE0_TDC_GAIN_GAIN_LSB = 0;
  localparam int TILE0_TDC_GAIN_GAIN_WIDTH = 16;
  localparam logic [31:0] TILE0_WEIGHT_OFFSET = 32'h00010000;
  localparam logic [7:0] TILE0_WEIGHT_RESET = 8'h00;
  localparam int TILE0_WEIGHT_COUNT = 65536;
  localparam int TILE0_WEIGHT_STRIDE = 1;

  // Interrupt controller source ids.
  localparam int IRQ_UART0 = 10;

endpackage : neuromtj_regs_pkg
