"""Kraken's ordering advice: warnings, with the reason, when answers break the safe order."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kraken_guard.core.i18n import QT_TRANSLATE_NOOP
from kraken_guard.core.setup.steps import Answer, AnswerStatus


@dataclass(frozen=True)
class OrderWarning:
    """One broken rule; `text` is marked for translation under the "setup_rules" context."""

    id: str
    step_ids: tuple[str, ...]  # the steps whose pages show the warning
    text: str

    def shown_on(self, step_id: str) -> bool:
        return step_id in self.step_ids


LOCK_BEFORE_MASTER_KEY = QT_TRANSLATE_NOOP(
    "setup_rules",
    "You turned on the Global Settings Lock before setting a Master Key. The Master Key is "
    "your way back in if you lose your 2FA, and it can lift the lock. Set your Master Key now.",
)
LOCK_BEFORE_FUNDING = QT_TRANSLATE_NOOP(
    "setup_rules",
    "You turned on the Global Settings Lock before funding 2FA. Turn on funding 2FA now. "
    "The lock then stops anyone from turning it off.",
)
SAME_METHOD = QT_TRANSLATE_NOOP(
    "setup_rules",
    "Your Master Key uses the same method as your sign-in 2FA. If you lose that one thing, "
    "you lose both. Use a different method for your Master Key.",
)
SIGNIN_2FA_FIRST = QT_TRANSLATE_NOOP(
    "setup_rules",
    "Sign-in 2FA is not on yet. It is the most important step. Turn it on first.",
)

_NEEDS_SIGNIN_2FA = ("master_key", "funding_2fa", "trading_2fa", "global_settings_lock")


def order_warnings(answers: Mapping[str, Answer]) -> list[OrderWarning]:
    """Every broken ordering rule for these answers, most serious first."""

    def done(step_id: str) -> bool:
        answer = answers.get(step_id)
        return answer is not None and answer.status is AnswerStatus.DONE

    warnings = []
    if done("global_settings_lock") and not done("master_key"):
        warnings.append(
            OrderWarning(
                "lock_before_master_key",
                ("global_settings_lock", "master_key"),
                LOCK_BEFORE_MASTER_KEY,
            )
        )
    if done("global_settings_lock") and not done("funding_2fa"):
        warnings.append(
            OrderWarning(
                "lock_before_funding_2fa",
                ("global_settings_lock", "funding_2fa"),
                LOCK_BEFORE_FUNDING,
            )
        )
    signin, master = answers.get("signin_2fa"), answers.get("master_key")
    if (
        done("signin_2fa")
        and done("master_key")
        and signin is not None
        and master is not None
        and signin.method is not None
        and signin.method != "other"
        and signin.method == master.method
    ):
        warnings.append(OrderWarning("same_method", ("signin_2fa", "master_key"), SAME_METHOD))
    if not done("signin_2fa"):
        early = tuple(step_id for step_id in _NEEDS_SIGNIN_2FA if done(step_id))
        if early:
            warnings.append(
                OrderWarning("signin_2fa_first", ("signin_2fa", *early), SIGNIN_2FA_FIRST)
            )
    return warnings
