%% What the test programs call through @external: printing, catching
%% Gleam's panics and assertion failures, and message passing.
-module(gt_ffi).
-export([print/1, println/1, catch_error/1, spawn_fn/1, send/2, receive_any/1,
         receive_tagged/2, self_pid/0, monitor/1, sleep/1, int_to_string/1,
         float_to_string/1, map_new/0, map_put/3, map_get/2, map_count/1,
         erl_error/1, list_length/1, id/1]).

print(X) -> io:format("~p~n", [X]), nil.
println(S) -> io:put_chars([S, $\n]), nil.

%% {ok, Value} or {error, Description} where a Gleam error is shown as its
%% map (kind, message, and the fields that say where and what).
catch_error(F) ->
    try F() of
        V -> {ok, V}
    catch
        error:#{gleam_error := _} = E -> {error, maps:without([file], E)};
        Class:Reason -> {error, {Class, Reason}}
    end.

spawn_fn(F) -> erlang:spawn(F).
send(Pid, Msg) -> Pid ! Msg, nil.
receive_any(Timeout) ->
    receive M -> {ok, M} after Timeout -> {error, nil} end.
receive_tagged(Tag, Timeout) ->
    receive {Tag, M} -> {ok, M} after Timeout -> {error, nil} end.
self_pid() -> erlang:self().
monitor(Pid) -> erlang:monitor(process, Pid).
sleep(Ms) -> timer:sleep(Ms), nil.
int_to_string(I) -> integer_to_binary(I).
float_to_string(F) -> list_to_binary(io_lib:format("~p", [F])).
map_new() -> #{}.
map_put(K, V, M) -> M#{K => V}.
map_get(K, M) -> case M of #{K := V} -> {ok, V}; _ -> {error, nil} end.
map_count(M) -> erlang:map_size(M).
erl_error(R) -> erlang:error(R).
list_length(L) -> erlang:length(L).
id(X) -> X.
