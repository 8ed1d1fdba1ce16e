"""The Qt desktop window. Everything here talks to the corpus through
:class:`kashshaf.core.workspace.Workspace`; the core never imports Qt."""
