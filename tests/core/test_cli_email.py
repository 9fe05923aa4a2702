"""`check-email` and `kraken-key` on the command line: words, JSON, standard input, the key."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kraken_guard.cli import main
from kraken_guard.core.email.verdict import HEADLINES, EmailVerdict
from tests.email_corpus.build_corpus import HERE
from tests.email_corpus.signing import NO_PROVIDER_TOP, signed_email, signing_key


def run(*argv: str, typed: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(typed))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("path", sorted(HERE.glob("*.eml")), ids=lambda p: p.stem)
def test_json_gives_the_fixtures_verdict(path: Path) -> None:
    code, out, _ = run("check-email", "--json", str(path))
    assert code == 0
    data = json.loads(out)
    expected = {
        "genuine": "passed_provider_checks",
        "forged": "not_from_kraken",
        "unclear": "cannot_tell",
    }[path.name.split("_", 1)[0]]
    assert data["verdict"] == expected
    assert data["reasons"] and all(isinstance(r, str) for r in data["reasons"])
    assert all({"kind", "value", "verdict", "reasons"} <= set(f) for f in data["findings"])


def test_words_lead_with_what_to_do() -> None:
    code, out, _ = run("check-email", str(HERE / "forged_lookalike_sender.eml"))
    assert code == 0
    assert out.startswith("Do not act on this email. It is not from Kraken.")
    assert "\nNOT FROM KRAKEN\n" in out
    assert out.index("Do not act") < out.index("NOT FROM KRAKEN") < out.index("Why:")
    assert "support@krakem.com" in out


SPANISH = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>cli</name>
<message><source>NOT FROM KRAKEN</source><translation>NO ES DE KRAKEN</translation></message>
<message><source>Why:</source><translation>Por qué:</translation></message>
</context>
<context><name>email_verdict</name>
<message><source>{HEADLINES[EmailVerdict.NOT_FROM_KRAKEN]}</source>
<translation>No haga nada con este correo. No es de Kraken.</translation></message>
</context>
</TS>
"""


def test_words_speak_the_persons_language_action_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kraken_guard.core import ts_catalogue

    (tmp_path / "kraken_guard_es.ts").write_text(SPANISH, encoding="utf-8")
    real = ts_catalogue.ts_file
    monkeypatch.setattr(ts_catalogue, "ts_file", lambda lang, _folder=None: real(lang, tmp_path))
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KRAKEN_GUARD_LANG", "es")
    code, out, _ = run("check-email", str(HERE / "forged_lookalike_sender.eml"))
    assert code == 0
    assert out.startswith("No haga nada con este correo. No es de Kraken.\nNO ES DE KRAKEN\n")
    assert "Por qué:" in out


def test_a_dash_reads_a_pasted_source_from_standard_input() -> None:
    source = (HERE / "genuine_gmail.eml").read_text(encoding="utf-8")
    code, out, _ = run("check-email", "--json", "-", typed=source)
    assert code == 0 and json.loads(out)["verdict"] == "passed_provider_checks"


def test_bad_input_is_a_clear_message_with_exit_code_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    code, out, err = run("check-email", "--json", str(empty))
    assert code == 2
    assert json.loads(out)["error"].startswith("There is nothing to check.")
    assert "Traceback" not in err
    code, _, err = run("check-email", str(tmp_path / "missing.eml"))
    assert code == 2 and "could not be opened" in err


def test_adding_a_key_that_is_not_krakens_changes_nothing(tmp_path: Path) -> None:
    key_file = tmp_path / "key.asc"
    key_file.write_text(signing_key().public_armored)
    code, _, err = run("kraken-key", "add", str(key_file), "--yes")
    assert code == 2 and "This key is not Kraken's" in err and "3EEA 4D83" in err
    assert "Added: no" in run("kraken-key", "show")[1]


def test_pinning_another_fingerprint_is_guarded_recorded_and_reversible() -> None:
    key = signing_key()
    assert run("kraken-key", "pin", "not a fingerprint", "--yes")[0] == 2
    refused = run("kraken-key", "pin", key.fingerprint, typed="no\n")
    assert refused[0] == 1 and "Nothing was changed" in refused[2]
    code, _, err = run("kraken-key", "pin", key.fingerprint, typed="MYSELF\n")
    assert code == 0 and "Do this only if you read it yourself" in err
    shown = run("kraken-key", "show")[1]
    assert "pinned by you" in shown and "3EEA 4D83" in shown
    assert run("kraken-key", "unpin", "--yes")[0] == 0
    assert "pinned by you" not in run("kraken-key", "show")[1]


def test_the_key_is_added_after_the_typed_word_and_then_used(tmp_path: Path) -> None:
    key = signing_key()
    assert run("kraken-key", "pin", key.fingerprint, "--yes")[0] == 0  # the test key's pin
    key_file = tmp_path / "key.asc"
    key_file.write_text(key.public_armored)
    refused = run("kraken-key", "add", str(key_file), typed="ok\n")
    assert refused[0] == 1 and "Nothing was changed" in refused[2]
    code, out, err = run("kraken-key", "add", str(key_file), typed="MYSELF\n")
    assert code == 0, err
    assert "Stop if anyone asked you to do this" in err
    mail = tmp_path / "signed.eml"
    mail.write_bytes(signed_email(key, top=NO_PROVIDER_TOP))
    code, out, _ = run("check-email", "--json", str(mail))
    assert json.loads(out)["verdict"] == "signed_by_kraken"
    assert run("kraken-key", "remove", "--yes")[0] == 0
    code, out, _ = run("check-email", "--json", str(mail))
    assert json.loads(out)["verdict"] == "cannot_tell"
