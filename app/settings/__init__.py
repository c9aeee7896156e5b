"""What the user chooses: typed settings (values), the model catalogue (models), installed models
(model_manager), the first-run dialog and the settings dialog with its pages."""
