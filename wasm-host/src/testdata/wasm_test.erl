%% The native tests' program (wasm-host/src/tests.rs): only BIFs, so it
%% runs from a one-module pack with no OTP. Rebuild with
%% `erlc +deterministic wasm_test.erl` in this directory.
-module(wasm_test).
-export([main/0, crash/0, quiet/0, halts/0, waits/0]).

main() ->
    Self = self(),
    P = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    P ! {ping, Self},
    receive pong -> ok end,
    receive after 5 -> ok end,
    erlang:display(done).

crash() -> erlang:error(boom).

quiet() -> ok.

halts() -> erlang:halt(3).

waits() -> receive never -> ok end.
