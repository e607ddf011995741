"""MIME message classes (email.mime.*)."""
