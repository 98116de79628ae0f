-module(cf_lists_keys).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    KL = I([{b, 2, x}, {a, 1, y}, {c, 3, z}, {a, 4, w}, {1, one, v}, {1.0, float_one, u}]),
    p(keyfind, [lists:keyfind(a, 1, KL), lists:keyfind(z, 1, KL), lists:keyfind(3, 2, KL), lists:keyfind(1.0, 1, KL),
                lists:keyfind(1, 1, KL), lists:keyfind(x, 3, KL), lists:keyfind(a, 4, KL),
                t(fun() -> lists:keyfind(a, 0, KL) end), lists:keyfind(a, 1, [x, {a}, {b}])]),
    p(keysearch, [lists:keysearch(c, 1, KL), lists:keysearch(q, 1, KL)]),
    p(keymember, [lists:keymember(a, 1, KL), lists:keymember(one, 2, KL), lists:keymember(zz, 2, KL)]),
    p(keydelete, [lists:keydelete(a, 1, KL), lists:keydelete(zz, 1, KL)]),
    p(keyreplace, [lists:keyreplace(a, 1, KL, {new}), lists:keyreplace(zz, 1, KL, {new})]),
    p(keystore, [lists:keystore(c, 1, KL, {c, 30}), lists:keystore(d, 1, KL, {d, 40})]),
    p(keytake, [lists:keytake(a, 1, KL), lists:keytake(zz, 1, KL)]),
    p(keysort, [lists:keysort(1, KL), lists:keysort(2, KL), lists:keysort(3, KL)]),
    p(keysort_stable, lists:keysort(1, I([{b, 1}, {a, 1}, {b, 0}, {a, 0}, {1, x}, {1.0, y}, {1, z}]))),
    p(ukeysort, lists:ukeysort(1, I([{b, 1}, {a, 1}, {b, 0}, {a, 0}, {1, x}, {1.0, y}]))),
    p(keymerge, lists:keymerge(1, I([{a, 1}, {c, 3}]), I([{b, 2}, {c, 33}, {d, 4}]))),
    p(ukeymerge, lists:ukeymerge(1, I([{a, 1}, {c, 3}]), I([{b, 2}, {c, 33}, {d, 4}]))),
    p(keymap, lists:keymap(fun(X) -> X * 10 end, 2, I([{a, 1}, {b, 2}]))),
    p(keysort_errors, [t(fun() -> lists:keysort(3, I([{a, 1}, {b, 2}])) end), t(fun() -> lists:keysort(0, I([{a}])) end)]),
    %% proplist-like usage
    Props = I([{name, "joe"}, {age, 42}, {name, "dup"}]),
    p(props, [proplists:get_value(name, Props), lists:keyfind(age, 1, Props), [V || {name, V} <- Props]]),
    %% keysort of a longer list is stable
    Long = [{N rem 7, N} || N <- lists:seq(1, I(50))],
    p(long_keysort, [element(2, T) || T <- lists:keysort(1, Long)]),
    ok.
