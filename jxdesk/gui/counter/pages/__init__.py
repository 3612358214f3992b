"""One QWizardPage subclass per page, each in its own module."""
