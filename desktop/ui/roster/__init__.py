"""The roster page (危机通讯录) and the app-wide approval dialog."""
