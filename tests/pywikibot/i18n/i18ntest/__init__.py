"""Message package of the i18n test programs."""
