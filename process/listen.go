package process

import (
	"wippylua/vm"
)

// Topic listeners: process.listen(topic[, {message = bool}]) returns a
// channel that receives the messages of that topic from then on, instead
// of the inbox; process.unlisten(ch) ends that.
//
// Decisions the spec leaves open:
//
//   - One listener per topic: listening again to a topic that has one
//     raises (two channels competing for one topic is a mistake).
//   - The channel receives the payload's first value (nil when the
//     message carried none), or, with message = true, the message object
//     (for the other values, the sender, the topic).
//   - Messages that came before listen stay where they are (the inbox);
//     listening moves nothing.
//   - unlisten closes the channel (a receiver gets nil, false) and later
//     messages of the topic go to the inbox again. Unlistening a channel
//     that listens to nothing does nothing.
//   - Listener channels are unbounded, like the inbox. A listener whose
//     channel the program closed drops the messages of its topic.

// listener is a topic's channel.
type listener struct {
	ch      *channel
	message bool
}

var listenLib = map[string]*vm.GoFunction{
	"listen":   fn("listen", procListen),
	"unlisten": fn("unlisten", procUnlisten),
}

func procListen(t *vm.Thread) int {
	pr := current(t)
	topic := t.CheckString(1)
	message := false
	if !t.Arg(2).IsNil() {
		message = t.CheckTable(2).GetStr("message").Truthy()
	}
	if pr.listeners[topic] != nil {
		t.ArgError(1, "topic '"+topic+"' already has a listener")
	}
	if pr.listeners == nil {
		pr.listeners = make(map[string]*listener)
	}
	l := &listener{ch: pr.newChannel(-1), message: message}
	pr.listeners[topic] = l
	t.Push(l.ch.value())
	return 1
}

func procUnlisten(t *vm.Thread) int {
	pr := current(t)
	ch := checkChan(t, 1)
	for topic, l := range pr.listeners {
		if l.ch == ch {
			delete(pr.listeners, topic)
			ch.close()
			break
		}
	}
	return 0
}

// toListener delivers m to the listener of its topic and reports whether
// there was one.
func (pr *proc) toListener(m *message) bool {
	l := pr.listeners[m.topic]
	if l == nil {
		return false
	}
	if l.ch.closed {
		return true
	}
	if l.message {
		l.ch.trySend(pr.messageValue(m))
	} else {
		l.ch.trySend(m.v0)
	}
	return true
}
