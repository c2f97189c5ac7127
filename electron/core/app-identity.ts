// Name and version as the user sees them, and the User-Agent Hygie sends to outside services.
export const APP_NAME = 'Hygie';
export const APP_ID = 'fr.hygie.desktop';
