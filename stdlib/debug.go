package stdlib

import "wippylua/vm"

// openDebug installs the debug library.
func openDebug(s *vm.State, loaded *vm.Table, p Profile) {}
