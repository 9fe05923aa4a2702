from pathlib import Path

from kraken_guard.app.single_instance import SingleInstance, server_name_for
from kraken_guard.core.paths import AppPaths


def test_second_launch_forwards_its_request_to_the_first(qtbot, paths: AppPaths) -> None:
    name = server_name_for(paths.data)
    first = SingleInstance(name, paths.lock_file)
    second = SingleInstance(name, paths.lock_file)
    assert first.acquire()
    assert not second.acquire()
    with qtbot.waitSignal(first.messageReceived, timeout=5000) as received:
        assert second.send("call")
    assert received.args == ["call"]
    first.release()


def test_unknown_messages_are_ignored(qtbot, paths: AppPaths) -> None:
    name = server_name_for(paths.data)
    first = SingleInstance(name, paths.lock_file)
    assert first.acquire()
    with qtbot.waitSignal(first.messageReceived, timeout=5000) as received:
        SingleInstance(name, paths.lock_file).send("rm -rf")
        SingleInstance(name, paths.lock_file).send("show")
    assert received.args == ["show"]
    first.release()


def test_after_release_the_next_launch_becomes_first(paths: AppPaths) -> None:
    name = server_name_for(paths.data)
    first = SingleInstance(name, paths.lock_file)
    assert first.acquire()
    first.release()
    second = SingleInstance(name, paths.lock_file)
    assert second.acquire()
    second.release()


def test_a_lock_left_by_a_dead_process_is_taken_over(paths: AppPaths) -> None:
    # The format QLockFile writes: pid, app name, host name. PID 999999 does not run.
    import socket

    paths.lock_file.write_text(f"999999\nkraken-guard\n{socket.gethostname()}\n")
    instance = SingleInstance(server_name_for(paths.data), paths.lock_file)
    assert instance.acquire()
    instance.release()


def test_portable_copies_do_not_share_an_instance(tmp_path: Path) -> None:
    assert server_name_for(tmp_path / "a") != server_name_for(tmp_path / "b")


def test_a_launch_during_the_first_ones_start_up_is_still_heard(qtbot, paths: AppPaths) -> None:
    # The first instance listens only once its window painted; a second launch in that moment
    # keeps trying instead of failing.
    import threading

    name = server_name_for(paths.data)
    first = SingleInstance(name, paths.lock_file)
    assert first.acquire(listen=False)
    sent: list[bool] = []
    sender = threading.Thread(
        target=lambda: sent.append(SingleInstance(name, paths.lock_file).send("call"))
    )
    with qtbot.waitSignal(first.messageReceived, timeout=5000) as received:
        sender.start()
        qtbot.wait(300)
        first.listen()
    sender.join(5)
    assert received.args == ["call"]
    assert sent == [True]
    first.release()


def test_a_launch_with_no_first_instance_answering_gives_up(paths: AppPaths) -> None:
    assert not SingleInstance(server_name_for(paths.data), paths.lock_file).send("show", 300)
