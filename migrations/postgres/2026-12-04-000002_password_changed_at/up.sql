-- When the password last changed: access tokens issued before it stop working.
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMP;
