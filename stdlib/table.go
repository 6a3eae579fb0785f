package stdlib

import "wippylua/vm"

// openTable installs the table library.
func openTable(s *vm.State, loaded *vm.Table, p Profile) {}
