"""The window's side of the door to the model: the Qt bridge over the client stack (client), the
mailbox that brings events to the GUI thread, the remote engine switch and the local API server."""
