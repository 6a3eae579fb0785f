-- covers: a plain script is a process without entries: process.spawn and
-- process.exec return nil and a NOT_FOUND error (programs of several
-- processes are app directories, see runtime/apps)
print(process.spawn("app:worker", "app:processes"))
print(process.exec("app:worker"))
print(process.spawn_monitored("app:worker"))
