%% A program for beamr-alloc's own tests: processes passing messages and a
%% timer, using BIFs only (the tests' pack holds no OTP modules), printing
%% with erlang:display/1.
%%
%% bm_test.beam is compiled by OTP 25's erlc:
%%   erlc -o alloc-host/src/run/testdata alloc-host/src/run/testdata/bm_test.erl
-module(bm_test).
-export([main/0, crash/0, halt3/0]).

main() ->
    Self = self(),
    Pids = [spawn(fun() -> worker(Self, N) end) || N <- [1, 2, 3]],
    [P ! {go, 10} || P <- Pids],
    Results = [receive {done, P, R} -> R end || P <- Pids],
    erlang:display(Results),
    receive after 20 -> ok end,
    erlang:display(slept).

worker(Parent, N) ->
    receive {go, K} -> Parent ! {done, self(), N * K} end.

crash() -> erlang:error(boom).

halt3() -> erlang:halt(3).
