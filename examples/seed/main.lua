-- The examples of the runtime overview (Processes, Channels, Coroutines,
-- Select, Globals, Modules, Error handling), each inside the least code
-- that makes it run. The lines of the examples are unchanged.
local json = require("json")
local sql = require("sql")
local http = require("http_client")
local time = require("time")

local function processes()
  assert(process.registry.register("seed")) -- the handler reports here
  local pid = process.spawn("app.workers:handler", "app:processes")
  process.send(pid, "task", {data = "work"})
  local done = process.inbox():receive()
  print("processes:", done:topic(), done:payload():data())
end

local function channels()
  local value = "ping"
  local ch = channel.new()        -- sin buffer
  local buffered = channel.new(10)

  coroutine.spawn(function()
    ch:send(value)                  -- bloquea hasta que se reciba
    buffered:send("sent")
  end)
  local val, ok = ch:receive()    -- bloquea hasta que esté listo
  print("channels:", val, ok, buffered:receive())
end

local function coroutines()
  local ch = channel.new()
  local function fetch_data()
    time.sleep("10ms")
    return {rows = 3}
  end
  local function do_other_work()
    print("coroutines: other work goes on at once")
  end

  coroutine.spawn(function()
      local data = fetch_data()
      ch:send(data)
  end)

  do_other_work()  -- continúa inmediatamente
  print("coroutines: fetched", ch:receive().rows, "rows")
end

local function select_once(label)
  local inbox = process.inbox()
  local events = process.events()
  local timeout = time.after("50ms")
  local function handle_event(ev) print(label, "event", ev.kind, ev.result.value) end
  local function handle_message(msg) print(label, "message", msg:topic(), msg:payload():data()) end

  local r = channel.select {
      inbox:case_receive(),
      events:case_receive(),
      timeout:case_receive()
  }

  if r.channel == timeout then
      -- tiempo agotado
      print(label, "timeout")
  elseif r.channel == events then
      handle_event(r.value)
  else
      handle_message(r.value)
  end
end

local function select_examples()
  process.send(process.pid(), "greeting", "hello")
  select_once("select 1:")                     -- a message is waiting
  process.spawn_monitored("app.workers:quick", "app:processes")
  select_once("select 2:")                     -- the child's exit event comes
  select_once("select 3:")                     -- nothing comes
end

local function globals()
  print("globals:", type(process), type(channel), type(os), type(coroutine), type(coroutine.spawn))
end

-- The modules of the example at work: json and sql always (app:db is a
-- database in memory), http_client when main is given a URL to fetch
-- (wippy-lua run examples/seed app:main http://localhost:8080/).
local function modules(url)
  print("modules:", (json.encode({ok = true})))
  local db = assert(sql.get("app:db"))
  assert(db:execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
  assert(db:execute("INSERT INTO notes (body) VALUES (?)", {json.encode({data = "work"})}))
  local rows = assert(db:query("SELECT id, body FROM notes"))
  print("modules: sql", rows[1].id, json.decode(rows[1].body).data)
  db:release()
  if url then
    local resp, err = http.get(url)
    if err then
      print("modules: http_client", err:kind())
    else
      print("modules: http_client", resp.status_code, resp.body)
    end
  end
end

local function error_handling(input)
  local data, err = json.decode(input)
  if err then
      return nil, errors.wrap(err, "decode failed")
  end
  return data
end

local function main(url)
  processes()
  channels()
  coroutines()
  select_examples()
  globals()
  modules(url)
  print("errors:", error_handling('{"data": "work"}').data)
  local data, err = error_handling("{oops")
  print("errors:", data, err:kind(), tostring(err))
  return "done"
end

return {main = main}
