-- covers: process.listen: a channel for the messages of one topic (their
-- first payload value, or the message objects with {message = true});
-- other topics still go to the inbox; one listener per topic; unlisten
-- closes the channel and gives the topic back to the inbox
local me = process.pid()
local inbox = process.inbox()
local jobs = process.listen("job")
local full = process.listen("full", {message = true})
process.send(me, "job", "first", "ignored")
process.send(me, "other", "to the inbox")
process.send(me, "full", "a", "b")
process.send(me, "job")
print(jobs:receive())
print(inbox:receive():payload():data())
local m = full:receive()
print(m:topic(), m:from() == me, m:payload():data())
print(jobs:receive())
print(pcall(function() return process.listen("job") end))
process.unlisten(jobs)
print(jobs:receive())
process.send(me, "job", "back to the inbox")
local m2 = inbox:receive()
print(m2:topic(), m2:payload():data())
process.unlisten(jobs)
