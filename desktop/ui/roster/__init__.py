"""The roster page (危机通讯录): its tabs (people, matrix, health) and their Qt models."""
