import sqlite3

from kraken_guard.app.controller import AppController
from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store
from kraken_guard.core.trust.signed_items import Protection, TrustedItems, TrustKey
from tests.gui.conftest import build_controller

KEY = TrustKey(b"k" * 32, Protection.KEYCHAIN)  # the key the GUI fixture's services use


def started_with_a_swapped_number(qtbot, store: Store, paths: AppPaths, services) -> AppController:  # type: ignore[no-untyped-def]
    """Save a number, swap it behind the app's back, start the app and wait for its check."""
    TrustedItems(store, lambda: KEY).add("phone", "+18005550100")
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = '+19005550000'")
    outside.commit()
    outside.close()
    controller = build_controller(qtbot, services)
    with qtbot.waitSignal(controller.trust_watch.reportReady, timeout=5000):
        controller.start()
    return controller


def test_home_page_warns_when_saved_numbers_were_changed_outside_the_app(
    qtbot, store: Store, paths: AppPaths, services
) -> None:
    controller = started_with_a_swapped_number(qtbot, store, paths, services)
    alert = controller.home.alert
    assert alert.isVisible()
    assert alert.headline.text() == ("Saved numbers or bookmarks were changed outside Kraken Guard")
    assert "will not use them" in alert.detail.text()


def test_no_alert_when_trusted_data_checks_out(controller: AppController, qtbot) -> None:
    TrustedItems(controller.services.store, lambda: KEY).add("phone", "+18005550100")
    with qtbot.waitSignal(controller.trust_watch.reportReady, timeout=5000) as report:
        controller.start()
    assert report.args[0].ok
    assert not controller.home.alert.isVisible()


def test_the_warning_clears_when_home_is_shown_after_the_entry_is_mended(
    qtbot, store: Store, paths: AppPaths, services
) -> None:
    controller = started_with_a_swapped_number(qtbot, store, paths, services)
    assert controller.home.alert.isVisible()
    TrustedItems(store, lambda: KEY).remove("phone", "+19005550000")
    controller.window.show_page("verify")
    with qtbot.waitSignal(controller.trust_watch.reportReady, timeout=5000) as report:
        controller.window.show_page("home")
    assert report.args[0].ok
    assert not controller.home.alert.isVisible()


def test_with_the_key_lost_home_warns_and_no_saved_number_is_called_not_official(
    qtbot, store: Store, paths: AppPaths, services, memory_keyring
) -> None:
    import dataclasses

    from kraken_guard.core.trust.signed_items import KEYRING_SERVICE, KEYRING_USER, keychain_key

    TrustedItems(store, lambda: keychain_key(paths.key_file)).add("phone", "+18005550100")
    memory_keyring.secrets.pop((KEYRING_SERVICE, KEYRING_USER))  # the keychain entry is lost
    services = dataclasses.replace(services, key_source=lambda: keychain_key(paths.key_file))
    controller = build_controller(qtbot, services)
    with qtbot.waitSignal(controller.trust_watch.reportReady, timeout=5000):
        controller.start()
    alert = controller.home.alert
    assert alert.isVisible() and "cannot be checked" in alert.headline.text()
    assert "missing" in alert.detail.text()
    verdict = controller.verify.check("+1 800 555 0100")
    assert verdict.headline.startswith("Can't check this number now")
    assert "missing" in verdict.explanation
    assert (KEYRING_SERVICE, KEYRING_USER) not in memory_keyring.secrets


def _started_with_the_key_lost(qtbot, store, paths, services, memory_keyring):  # type: ignore[no-untyped-def]
    import dataclasses

    from kraken_guard.core.trust.signed_items import (
        KEYRING_SERVICE,
        KEYRING_USER,
        keychain_key,
        remembered,
    )

    TrustedItems(store, lambda: keychain_key(paths.key_file)).add("phone", "+18005550100")
    memory_keyring.secrets.pop((KEYRING_SERVICE, KEYRING_USER))
    source = remembered(lambda: keychain_key(paths.key_file))
    services = dataclasses.replace(services, key_source=source)
    controller = build_controller(qtbot, services)
    with qtbot.waitSignal(controller.trust_watch.reportReady, timeout=5000):
        controller.start()
    return controller


def test_starting_again_needs_the_typed_word_and_then_clears_the_alert(
    qtbot, store: Store, paths: AppPaths, services, memory_keyring, dialogs
) -> None:
    from kraken_guard.core.trust.signed_items import KEYRING_SERVICE, KEYRING_USER

    controller = _started_with_the_key_lost(qtbot, store, paths, services, memory_keyring)
    button = controller.home.alert_button
    assert button.isVisible() and button.accessibleName()
    dialogs.answers = [False]  # the person does not type the word
    button.click()
    assert dialogs.shown[-1][0] == "guarded"
    assert (KEYRING_SERVICE, KEYRING_USER) not in memory_keyring.secrets
    assert store.query("SELECT COUNT(*) AS n FROM trusted_items")[0]["n"] == 1
    dialogs.answers = [True]
    with qtbot.waitSignal(controller.trust_watch.reportReady, timeout=5000) as report:
        button.click()
    assert (KEYRING_SERVICE, KEYRING_USER) in memory_keyring.secrets
    assert report.args[0].ok and not controller.home.alert.isVisible()
    assert not button.isVisible()
    assert "1 saved items were removed" in dialogs.shown[-1][2]
    verdict = controller.verify.check("+1 800 555 0100")
    assert verdict.headline == "Can't check this number — if you did not book the call, hang up"
