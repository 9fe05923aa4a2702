"""Qt glue: the application object, the controller, the tray, single instance and dialogs."""
