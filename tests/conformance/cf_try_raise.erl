-module(cf_try_raise).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

rethrow(C, R) ->
    try
        erlang:raise(C, R, [])
    catch
        C2:R2 -> {C2, R2}
    end.

reraise_with_stack() ->
    try
        try error(id(inner))
        catch error:E:St -> erlang:raise(error, {wrapped, E}, St)
        end
    catch
        C:R:St2 -> {C, R, is_list(St2)}
    end.

raise_bad() ->
    [try erlang:raise(id(bogus), x, []) catch C:R -> {C, R} end,
     try erlang:raise(error, x, id(not_a_stack)) catch C:R -> {C, R} end,
     erlang:raise(id(error), y, id([{m, f, 1, []}, bad_frame]))].

stack_shape() ->
    try error(id(x)) catch error:x:St ->
        is_list(St) andalso St =/= []
    end.

class_filter(C) ->
    try
        try
            case C of
                throw -> throw(t);
                error -> error(e);
                exit -> exit(x)
            end
        catch
            throw:V -> {inner_throw, V}
        end
    catch
        Cls:V2 -> {outer, Cls, V2}
    end.

default_class() ->
    %% a catch pattern without class means throw
    try
        try error(id(e1)) catch X -> {caught_throw_only, X} end
    catch error:E -> {escaped, E}
    end.

default_class_throw() ->
    try throw(id(t1)) catch X -> {caught, X} end.

catch_all_underscore() ->
    [try action(A) catch _:_ -> caught end || A <- [throw, error, exit]].

action(throw) -> throw(id(1));
action(error) -> error(id(2));
action(exit) -> exit(id(3)).

deep_throw(0) -> throw(id(bottom));
deep_throw(N) -> [N | deep_throw(N - 1)].

try_in_recursion(0) -> [];
try_in_recursion(N) ->
    V = try
            if N rem 2 =:= 0 -> throw(N); true -> N end
        catch
            throw:X -> -X
        end,
    [V | try_in_recursion(N - 1)].

main() ->
    p(rethrow, [rethrow(C, R) || {C, R} <- [{throw, a}, {error, b}, {exit, c}]]),
    p(reraise_with_stack, reraise_with_stack()),
    p(raise_bad, try raise_bad() catch C:R -> {C, R} end),
    p(stack_shape, stack_shape()),
    p(class_filter, [class_filter(C) || C <- [throw, error, exit]]),
    p(default_class, default_class()),
    p(default_class_throw, default_class_throw()),
    p(catch_all_underscore, catch_all_underscore()),
    p(deep_throw, try deep_throw(id(1000)) catch throw:B -> B end),
    p(try_in_recursion, try_in_recursion(id(10))),
    p(error2, try erlang:error(id(reason), [a, b]) catch error:R2 -> R2 end),
    p(error3, try erlang:error(id(reason), [a], [{error_info, #{}}]) catch error:R3 -> R3 end),
    p(nested_rethrow, try try throw(id(a)) catch throw:a -> throw(b) end catch throw:b -> got_b end),
    p(exit_normal_caught, try exit(id(normal)) catch exit:normal -> caught_normal end),
    p(guarded_catch, [try throw(id(V)) catch throw:X when is_integer(X) -> {int, X}; throw:X -> {other, X} end || V <- [1, a]]),
    ok.
