-module(cf_bif_misc).
-export([main/0, id/1, exported/0]).

id(X) -> X.
exported() -> ok.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    p(size_bifs, [size(I({a, b})), size(I(<<1, 2, 3>>)), byte_size(I(<<1:9>>)), bit_size(I(<<1:9>>)), tuple_size(I({})),
                  map_size(I(#{a => 1})), length(I([1, 2])), t(fun() -> size(I([1])) end)]),
    p(hd_tl, [hd(I([1, 2])), tl(I([1, 2])), tl(I([1])), hd(I("x")), tl(I([a | b]))]),
    p(max_min, [max(I(1), I(2)), min(I(a), I("a")), max(I([]), I({})), max(I(1.0), I(1)), min(I(1), I(1.0))]),
    p(abs, [abs(I(-5)), abs(I(5)), abs(I(-1 bsl 80)), abs(I(-2.5))]),
    p(list_ops, [I([1, 2]) ++ I([3]), I([1, 2, 3, 2]) -- I([2]), erlang:'++'(I("a"), I("b")), erlang:'--'(I([a, b]), I([b]))]),
    p(operators_as_funs, [erlang:'+'(I(1), 2), erlang:'*'(I(3), 4), erlang:'=='(I(1), 1.0), erlang:'=:='(I(1), 1.0),
                          erlang:'not'(I(true)), erlang:'band'(I(12), 10), erlang:'div'(I(7), 2), erlang:'-'(I(5))]),
    p(function_exported, [erlang:function_exported(?MODULE, exported, 0), erlang:function_exported(?MODULE, p, 2),
                          erlang:function_exported(?MODULE, nope, 0), erlang:function_exported(lists, reverse, 1)]),
    p(is_builtin, [erlang:is_builtin(erlang, '+', 2), erlang:is_builtin(lists, reverse, 1), erlang:is_builtin(erlang, element, 2)]),
    p(module_info, [lists:member({main, 0}, ?MODULE:module_info(exports)), proplists:get_value(exported, ?MODULE:module_info(exports)),
                    ?MODULE:module_info(module)]),
    p(make_fun_apply, [(erlang:make_fun(I(lists), I(sum), 1))([1, 2]), apply(I(erlang), I(atom_to_list), [x])]),
    p(tuple_list_conv, [tuple_to_list(I({1, {2}})), list_to_tuple(I([a, [b]])), erlang:list_to_tuple(I("ab"))]),
    p(bool_bifs, [erlang:is_boolean(I(true)), is_boolean(I(0)), I(true) andalso I(true), I(false) orelse I(false)]),
    p(integer_bifs, [integer_to_list(I(-42)), list_to_integer(I("-42")), integer_to_binary(I(255), 16), erlang:binary_to_integer(I(<<"ff">>), 16)]),
    p(float_bifs, [float(I(3)), float_to_list(I(0.5), [short]), list_to_float(I("2.5")), trunc(I(-0.5)), round(I(-0.5))]),
    p(binary_bifs, [binary_to_list(I(<<"abc">>)), list_to_binary(I("abc")), binary_part(I(<<"hello">>), 1, 3), split_binary(I(<<"ab">>), 1),
                    bitstring_to_list(I(<<1, 2:3>>)), erlang:binary_to_list(I(<<"hello">>), 2, 4)]),
    p(atom_bifs, [atom_to_list(I(x)), list_to_atom(I("y")), atom_to_binary(I(z), utf8), binary_to_atom(I(<<"w">>), utf8)]),
    p(term_bifs, [binary_to_term(term_to_binary(I({x, 1.5, "s"}))), erlang:external_size(I(a)) > 0]),
    p(element_setelement, [element(I(2), I({a, b, c})), setelement(I(2), I({a, b, c}), x)]),
    p(misc, [erlang:phash2(I([])), erlang:bump_reductions(1), erlang:garbage_collect(), is_process_alive(self()),
             erlang:yield()]),
    p(unique_monotonic, [is_integer(erlang:unique_integer()), erlang:unique_integer([positive]) > 0,
                         erlang:unique_integer([monotonic]) < erlang:unique_integer([monotonic])]),
    p(time_types, [is_integer(erlang:monotonic_time()), is_integer(erlang:system_time()), is_integer(os:system_time(second)),
                   is_tuple(erlang:timestamp()), is_tuple(erlang:localtime()), is_tuple(date())]),
    p(halt_not_called, ok),
    ok.
