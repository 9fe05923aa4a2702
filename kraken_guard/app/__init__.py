"""Qt glue: the application object, the controller, the tray, single instance and dialogs."""

from kraken_guard.core.logs import keep_off_terminal

# The Qt glue's modules log through logging.getLogger(__name__): none of it reaches a terminal.
keep_off_terminal()
