local inbox = process.inbox()
local msg: Message = inbox:receive()
local topic: string = msg:topic()
local from: string = msg:from()
local data = msg:payload():data()
msg:body() -- expect-error: UNDEFINED_FIELD
print(topic, from, data)
