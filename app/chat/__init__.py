"""The conversation: the open chat (session), its storage (store), and the widgets that show and
compose it (view, message_widget, composer, sidebar, markdown, images)."""
