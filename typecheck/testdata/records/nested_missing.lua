type Server = {http: {port: number, host: string}, name: string}
local s: Server = {
  name = "s",
  http = {port = 80}, -- expect-error: MISSING_FIELD
}
print(s)
