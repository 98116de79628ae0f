-module(cf_p_error_info).
-export([main/0, id/1]).
-compile([{nowarn_deprecated_function, [{erlang, phash, 2}]}]).

%% Stack-trace frames of failing BIFs as OTP 25 (JIT) makes them: the
%% first entry, with its `error_info` location item (module, and `cause`
%% where OTP gives one), for BIFs across modules (erlang, lists, maps, math,
%% binary, unicode, persistent_term, os, ets), operators in bodies (the JIT
%% inlines `+` with a small literal, `-` with a non-negative one, unary
%% `+`), guards, erlang:error/1,2,3, apply and dynamic calls, funs,
%% erlang:raise/3 and binary construction; then whole traces for calls
%% and tail calls.

id(X) -> X.

%% Pids, references and ports in arguments are replaced by atoms so the
%% output is deterministic.
clean(T) when is_pid(T) -> pid;
clean(T) when is_reference(T) -> ref;
clean(T) when is_port(T) -> port;
clean(T) when is_function(T) -> 'fun';
clean([H | T]) -> [clean(H) | clean(T)];
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean(T) when is_map(T) -> maps:from_list(clean(maps:to_list(T)));
clean(T) -> T.

run(Name, F) ->
    R = try F() of
            V -> {ok, clean(V)}
        catch
            C:E:S -> {C, clean(E), clean(hd(S)), caller(S)}
        end,
    io:format("~p: ~0p~n", [Name, R]).

%% The function of the second entry (the caller of a BIF, or the one above).
caller([_, {M, F, A, _} | _]) when is_list(A) -> {M, F, length(A)};
caller([_, {M, F, A, _} | _]) -> {M, F, A};
caller(_) -> none.

main() ->
    A = id(a),
    One = id(1),
    erlang_bifs(A, One),
    operators(A, One),
    error_bifs(),
    other_modules(A),
    ets_cases(),
    binaries(A),
    ok.

erlang_bifs(A, One) ->
    Pid = self(),
    Cases = [
        {atom_to_list, fun() -> atom_to_list(One) end},
        {list_to_atom, fun() -> list_to_atom(A) end},
        {list_to_integer, fun() -> list_to_integer(id("x")) end},
        {list_to_integer2, fun() -> list_to_integer(id("1"), 99) end},
        {integer_to_list, fun() -> integer_to_list(A) end},
        {integer_to_list2, fun() -> integer_to_list(One, 1) end},
        {integer_to_binary, fun() -> integer_to_binary(A) end},
        {binary_to_integer, fun() -> binary_to_integer(id(<<"z">>)) end},
        {binary_to_list, fun() -> binary_to_list(A) end},
        {binary_to_list3, fun() -> binary_to_list(id(<<1, 2>>), 2, 5) end},
        {list_to_binary, fun() -> list_to_binary([A]) end},
        {iolist_to_binary, fun() -> iolist_to_binary(A) end},
        {iolist_size, fun() -> iolist_size(A) end},
        {tuple_to_list, fun() -> tuple_to_list(A) end},
        {list_to_tuple, fun() -> list_to_tuple(A) end},
        {element0, fun() -> element(0, {A}) end},
        {setelement, fun() -> setelement(3, {A}, b) end},
        {make_tuple, fun() -> erlang:make_tuple(-1, A) end},
        {append_element, fun() -> erlang:append_element(A, b) end},
        {delete_element, fun() -> erlang:delete_element(5, {A}) end},
        {insert_element, fun() -> erlang:insert_element(5, {A}, b) end},
        {atom_to_binary1, fun() -> atom_to_binary(One) end},
        {atom_to_binary2, fun() -> atom_to_binary(A, bad) end},
        {binary_to_atom1, fun() -> binary_to_atom(A) end},
        {binary_to_atom2, fun() -> binary_to_atom(id(<<"a">>), bad) end},
        {binary_to_existing_atom, fun() -> binary_to_existing_atom(id(<<"no_such_atom_zq1">>)) end},
        {list_to_existing_atom, fun() -> list_to_existing_atom(id("no_such_atom_zq2")) end},
        {float_to_list, fun() -> float_to_list(A) end},
        {float_to_list2, fun() -> float_to_list(id(1.0), [bad]) end},
        {float_to_binary, fun() -> float_to_binary(A) end},
        {list_to_float, fun() -> list_to_float(id("1")) end},
        {binary_to_float, fun() -> binary_to_float(id(<<"1">>)) end},
        {term_to_binary2, fun() -> term_to_binary(A, [bad]) end},
        {binary_to_term, fun() -> binary_to_term(id(<<1, 2>>)) end},
        {binary_to_term2, fun() -> binary_to_term(id(<<131, 100>>), [bad]) end},
        {split_binary, fun() -> split_binary(id(<<1>>), 5) end},
        {abs, fun() -> abs(A) end},
        {trunc, fun() -> trunc(A) end},
        {round, fun() -> round(A) end},
        {length, fun() -> length([A | id(b)]) end},
        {hd, fun() -> hd(id([])) end},
        {tl, fun() -> tl(id([])) end},
        {append, fun() -> A ++ [1] end},
        {subtract, fun() -> A -- [1] end},
        {map_get, fun() -> map_get(A, #{}) end},
        {map_size, fun() -> map_size(A) end},
        {is_map_key, fun() -> is_map_key(A, b) end},
        {send_after, fun() -> erlang:send_after(-1, Pid, x) end},
        {send_after_dest, fun() -> erlang:send_after(10, 1, x) end},
        {start_timer, fun() -> erlang:start_timer(A, Pid, x) end},
        {start_timer4, fun() -> erlang:start_timer(10, Pid, x, [bad]) end},
        {cancel_timer, fun() -> erlang:cancel_timer(A) end},
        {read_timer, fun() -> erlang:read_timer(A) end},
        {monitor_type, fun() -> erlang:monitor(x, Pid) end},
        {monitor_item, fun() -> erlang:monitor(process, 1) end},
        {monitor_opt, fun() -> erlang:monitor(process, Pid, [bad]) end},
        {demonitor, fun() -> erlang:demonitor(A) end},
        {register_bad, fun() -> register(A, notpid) end},
        {register_undefined, fun() -> register(undefined, Pid) end},
        {register_twice, fun() -> register(cf_p_error_info_n1, Pid), register(cf_p_error_info_n2, Pid) end},
        {unregister, fun() -> unregister(no_such_name_zq) end},
        {whereis, fun() -> whereis(One) end},
        {process_flag, fun() -> process_flag(bad_flag, 1) end},
        {process_flag_value, fun() -> process_flag(trap_exit, x) end},
        {link, fun() -> link(A) end},
        {unlink, fun() -> unlink(A) end},
        {exit2, fun() -> exit(A, b) end},
        {spawn1, fun() -> spawn(A) end},
        {spawn_opt, fun() -> spawn_opt(fun() -> ok end, [bad]) end},
        {system_info, fun() -> erlang:system_info(no_such_item_zq) end},
        {is_process_alive, fun() -> is_process_alive(A) end},
        {process_info, fun() -> process_info(A) end},
        {process_info2, fun() -> process_info(Pid, bad_item) end},
        {group_leader, fun() -> group_leader(A, b) end},
        {phash, fun() -> erlang:phash(A, 0) end},
        {phash2, fun() -> erlang:phash2(A, 0) end},
        {convert_time_unit, fun() -> erlang:convert_time_unit(1, bad, native) end},
        {monotonic_time, fun() -> erlang:monotonic_time(bad) end},
        {system_time, fun() -> erlang:system_time(bad) end},
        {fun_info1, fun() -> erlang:fun_info(A) end},
        {fun_info2, fun() -> erlang:fun_info(fun id/1, bad) end},
        {function_exported, fun() -> erlang:function_exported(1, A, 1) end},
        {garbage_collect, fun() -> erlang:garbage_collect(A) end},
        {crc32, fun() -> erlang:crc32(A) end},
        {adler32, fun() -> erlang:adler32(A) end},
        {unique_integer, fun() -> erlang:unique_integer([bad]) end},
        {list_to_pid, fun() -> list_to_pid(id("bad")) end},
        {binary_part2, fun() -> binary_part(id(<<1>>), {0, 5}) end},
        {binary_part3, fun() -> binary_part(id(<<1>>), 0, 5) end},
        {bit_size, fun() -> bit_size(A) end},
        {byte_size, fun() -> byte_size(A) end},
        {float, fun() -> float(A) end},
        {is_function2, fun() -> is_function(A, -1) end},
        {is_record3, fun() -> is_record(A, b, c) end},
        {bitstring_to_list, fun() -> bitstring_to_list(A) end},
        {iolist_to_iovec, fun() -> erlang:iolist_to_iovec(A) end},
        {localtime_to_universaltime, fun() -> erlang:localtime_to_universaltime(A) end},
        {universaltime_to_localtime, fun() -> erlang:universaltime_to_localtime(A) end},
        {time_offset, fun() -> erlang:time_offset(bad) end},
        {is_builtin, fun() -> erlang:is_builtin(1, 2, 3) end},
        {statistics, fun() -> statistics(bad_zq) end},
        {bump_reductions, fun() -> erlang:bump_reductions(A) end},
        {max_atom_apply, fun() -> apply(erlang, atom_to_list, [One]) end},
        {send, fun() -> A ! hello end},
        {send2, fun() -> erlang:send(A, hello) end},
        {send3, fun() -> erlang:send(A, hello, []) end},
        {node, fun() -> node(A) end},
        {size, fun() -> size(A) end},
        {tuple_size, fun() -> tuple_size(A) end},
        {max_arity_apply, fun() -> apply(erlang, length, [A]) end},
        {nif_error, fun() -> erlang:nif_error(x) end},
        {exit_self_kill_bad, fun() -> erlang:exit(1, kill) end},
        {halt_bad, fun() -> erlang:halt(A) end},
        {integer_to_list_base, fun() -> integer_to_list(10, 37) end}
    ],
    [run(N, F) || {N, F} <- Cases].

operators(A, One) ->
    Z = id(0),
    F15 = id(1.5),
    M = id(erlang),
    Cases = [
        {plus_lit, fun() -> A + 1 end},
        {lit_plus, fun() -> 1 + A end},
        {plus_neg_lit, fun() -> A + (-5) end},
        {plus_big_lit, fun() -> A + 100000000000000000000 end},
        {plus_atom_lit, fun() -> A + b end},
        {plus_vars, fun() -> A + One end},
        {plus_float_var, fun() -> F15 + A end},
        {plus_float_lit, fun() -> A + 1.5 end},
        {minus_lit, fun() -> A - 1 end},
        {minus_zero, fun() -> A - 0 end},
        {minus_neg_lit, fun() -> A - (-1) end},
        {lit_minus, fun() -> 1 - A end},
        {minus_vars, fun() -> A - One end},
        {times_lit, fun() -> A * 2 end},
        {times_vars, fun() -> A * One end},
        {fdiv_lit, fun() -> A / 2 end},
        {fdiv_zero, fun() -> One / Z end},
        {div_lit, fun() -> A div 2 end},
        {div_zero, fun() -> One div Z end},
        {rem_zero, fun() -> One rem Z end},
        {rem_lit, fun() -> A rem 2 end},
        {unary_minus, fun() -> -A end},
        {unary_plus, fun() -> +A end},
        {'band', fun() -> A band 1 end},
        {'bor', fun() -> A bor One end},
        {'bxor', fun() -> A bxor 1 end},
        {'bnot', fun() -> bnot A end},
        {'bsl', fun() -> A bsl 1 end},
        {'bsr', fun() -> One bsr A end},
        {bsl_limit, fun() -> One bsl (1 bsl 40) end},
        {'and', fun() -> A and true end},
        {'or', fun() -> A or true end},
        {'xor', fun() -> A xor true end},
        {'not', fun() -> not A end},
        {float_overflow, fun() -> id(1.0e308) * 10.0 end},
        {apply_plus, fun() -> apply(M, '+', [A, 1]) end},
        {apply_minus1, fun() -> apply(M, '-', [A]) end},
        {apply_plus1, fun() -> M:'+'(A) end},
        {apply_div, fun() -> M:'/'(A, 1) end},
        {apply_not, fun() -> M:'not'(A) end},
        {apply_times, fun() -> M:'*'(A, 1) end},
        {guard_fail, fun() -> if A + 1 > 0 -> pos; true -> other end end},
        {guard_element, fun() -> if element(2, A) =:= x -> x; true -> other end end},
        {if_clause, fun() -> if hd(A) -> x end end}
    ],
    [run(N, F) || {N, F} <- Cases].

error_bifs() ->
    Cases = [
        {error1, fun() -> erlang:error(foo) end},
        {error2, fun() -> erlang:error(foo, [1, 2]) end},
        {error2_none, fun() -> erlang:error(foo, none) end},
        {error2_nil, fun() -> erlang:error(foo, []) end},
        {error2_improper, fun() -> erlang:error(foo, [1 | 2]) end},
        {error2_int, fun() -> erlang:error(foo, 5) end},
        {error3, fun() -> erlang:error(foo, [1], [{error_info, #{module => m, cause => c}}]) end},
        {error3_empty, fun() -> erlang:error(foo, [1], []) end},
        {error3_notmap, fun() -> erlang:error(foo, [1], [{error_info, notamap}]) end},
        {error3_none, fun() -> erlang:error(foo, none, [{error_info, #{}}]) end},
        {error3_badopts, fun() -> erlang:error(foo, [1], bad) end},
        {error3_badelem, fun() -> erlang:error(foo, [1], [bad]) end},
        {error3_two, fun() -> erlang:error(foo, [1], [{error_info, #{a => 1}}, {error_info, #{b => 2}}]) end},
        {error3_other_first, fun() -> erlang:error(foo, [1], [{other, 1}, {error_info, #{k => v}}]) end},
        {error3_bad_first, fun() -> erlang:error(foo, [1], [{error_info, 1}, {error_info, #{b => 2}}]) end},
        {error3_improper, fun() -> erlang:error(foo, [1], [{error_info, #{a => 1}} | x]) end},
        {error3_improper_args, fun() -> erlang:error(foo, [1 | 2], [{error_info, #{}}]) end},
        {error3_int_args, fun() -> erlang:error(foo, 5, [{error_info, #{}}]) end},
        {error3_triple, fun() -> erlang:error(foo, [1], [{error_info, #{}, x}]) end},
        {error3_opts_map, fun() -> erlang:error(foo, [1], #{}) end},
        {exit1, fun() -> exit(foo) end},
        {throw1, fun() -> throw(foo) end},
        {nif_error2, fun() -> erlang:nif_error(foo, [1]) end},
        {raise3, fun() -> erlang:raise(error, foo, [{m, f, 1, []}]) end},
        {raise3_info, fun() -> erlang:raise(error, foo, [{m, f, [x], [{error_info, #{cause => z}}]}]) end},
        {raise3_badtrace, fun() -> erlang:raise(error, foo, bad) end},
        {raise3_badclass, fun() -> erlang:raise(bad, foo, []) end},
        {apply_error1, fun() -> apply(erlang, error, [foo]) end},
        {apply_error2, fun() -> apply(erlang, error, [foo, [a]]) end},
        {apply_error3, fun() -> apply(erlang, error, [foo, [a], [{error_info, #{k => v}}]]) end},
        {apply_dyn_error3, fun() -> M = id(erlang), M:error(foo, [a], [{error_info, #{k => v}}]) end},
        {apply_exit, fun() -> M = id(erlang), M:exit(foo) end},
        {apply_throw, fun() -> M = id(erlang), M:throw(foo) end},
        {apply2_improper, fun() -> apply(fun id/1, id([1 | 2])) end},
        {apply2_notfun, fun() -> apply(id(a), id([1])) end},
        {apply3_badmod, fun() -> apply(id(1), f, [2]) end},
        {apply3_badfun, fun() -> apply(?MODULE, id(1), [x]) end},
        {apply3_badargs, fun() -> apply(a, b, id(c)) end},
        {apply3_badargs_nontail, fun() -> {apply(a, b, id(c))} end},
        {dynamic_badmod, fun() -> (id(1)):f(2) end},
        {dynamic_badfun, fun() -> ?MODULE:(id(1))(2) end},
        {dynamic_undef, fun() -> (id(no_such_mod_zq)):f(2) end},
        {apply_of_apply, fun() -> apply(erlang, apply, [a, b, c]) end}
    ],
    [run(N, F) || {N, F} <- Cases].

other_modules(A) ->
    Cases = [
        {lists_reverse, fun() -> lists:reverse(A, []) end},
        {lists_member, fun() -> lists:member(A, b) end},
        {lists_keyfind, fun() -> lists:keyfind(A, 0, []) end},
        {lists_keysearch, fun() -> lists:keysearch(A, 0, []) end},
        {lists_keymember, fun() -> lists:keymember(A, x, []) end},
        {maps_get_badkey, fun() -> maps:get(A, #{}) end},
        {maps_get_badmap, fun() -> maps:get(A, b) end},
        {maps_find, fun() -> maps:find(A, b) end},
        {maps_put, fun() -> maps:put(A, 1, b) end},
        {maps_update, fun() -> maps:update(A, 1, #{}) end},
        {maps_remove, fun() -> maps:remove(A, b) end},
        {maps_take, fun() -> maps:take(A, b) end},
        {maps_merge, fun() -> maps:merge(A, #{}) end},
        {maps_keys, fun() -> maps:keys(A) end},
        {maps_values, fun() -> maps:values(A) end},
        {maps_from_list, fun() -> maps:from_list(A) end},
        {maps_from_list_elem, fun() -> maps:from_list([A]) end},
        {maps_from_keys, fun() -> maps:from_keys(A, 1) end},
        {maps_is_key, fun() -> maps:is_key(A, b) end},
        {math_sqrt_neg, fun() -> math:sqrt(id(-1)) end},
        {math_sqrt_atom, fun() -> math:sqrt(A) end},
        {math_log0, fun() -> math:log(id(0)) end},
        {math_pow, fun() -> math:pow(A, 1) end},
        {math_acos, fun() -> math:acos(id(2)) end},
        {math_fmod, fun() -> math:fmod(id(1), 0) end},
        {math_floor, fun() -> math:floor(A) end},
        {binary_at, fun() -> binary:at(<<>>, 1) end},
        {binary_part, fun() -> binary:part(<<1>>, 0, 5) end},
        {binary_first, fun() -> binary:first(<<>>) end},
        {binary_last, fun() -> binary:last(A) end},
        {binary_copy, fun() -> binary:copy(A) end},
        {binary_copy2, fun() -> binary:copy(<<1>>, -1) end},
        {binary_decode_unsigned, fun() -> binary:decode_unsigned(A) end},
        {binary_encode_unsigned, fun() -> binary:encode_unsigned(-1) end},
        {binary_split, fun() -> binary:split(A, <<",">>) end},
        {binary_match, fun() -> binary:match(<<1>>, <<>>) end},
        {binary_matches, fun() -> binary:matches(A, <<"x">>) end},
        {binary_compile_pattern, fun() -> binary:compile_pattern(<<>>) end},
        {binary_lcp, fun() -> binary:longest_common_prefix(A) end},
        {binary_list_to_bin, fun() -> binary:list_to_bin(A) end},
        {unicode_ctl, fun() -> unicode:characters_to_list(A) end},
        {unicode_ctb, fun() -> unicode:characters_to_binary(A) end},
        {pt_get, fun() -> persistent_term:get(no_such_key_zq) end},
        {pt_get2, fun() -> persistent_term:get(no_such_key_zq, default) end},
        {os_getenv, fun() -> os:getenv(1) end},
        {os_system_time, fun() -> os:system_time(bad) end},
        {string_to_integer, fun() -> string:to_integer(A) end},
        {lists_seq, fun() -> lists:seq(A, 1) end}
    ],
    [run(N, F) || {N, F} <- Cases].

ets_cases() ->
    T = ets:new(cf_p_error_info_tab, [named_table, public]),
    true = ets:insert(T, {k, 1, x}),
    O = ets:new(cf_p_error_info_ord, [named_table, ordered_set]),
    P = ets:new(cf_p_error_info_prot, [named_table, protected]),
    Cases = [
        {lookup_id, fun() -> ets:lookup(no_such_tab, 1) end},
        {lookup_type, fun() -> ets:lookup(1, 1) end},
        {insert_id, fun() -> ets:insert(no_such_tab, {a}) end},
        {insert_obj, fun() -> ets:insert(T, a) end},
        {insert_empty, fun() -> ets:insert(T, {}) end},
        {insert_new_id, fun() -> ets:insert_new(no_such_tab, {a}) end},
        {new_badopt, fun() -> ets:new(x, [bad]) end},
        {new_name, fun() -> ets:new(1, []) end},
        {new_exists, fun() -> ets:new(cf_p_error_info_tab, [named_table]) end},
        {delete_id, fun() -> ets:delete(no_such_tab) end},
        {delete2_id, fun() -> ets:delete(no_such_tab, k) end},
        {lookup_element_badkey, fun() -> ets:lookup_element(T, nokey, 2) end},
        {lookup_element_pos, fun() -> ets:lookup_element(T, k, 9) end},
        {update_counter_badkey, fun() -> ets:update_counter(T, nokey, 1) end},
        {update_counter_keypos, fun() -> ets:update_counter(T, k, {1, 1}) end},
        {update_counter_pos, fun() -> ets:update_counter(T, k, {9, 1}) end},
        {update_counter_notint, fun() -> ets:update_counter(T, k, {3, 1}) end},
        {update_counter_op, fun() -> ets:update_counter(T, k, bad) end},
        {update_counter4, fun() -> ets:update_counter(T, nokey, {2, 1}, {a}) end},
        {update_element_keypos, fun() -> ets:update_element(T, k, {1, x}) end},
        {update_element_pos, fun() -> ets:update_element(T, k, {9, x}) end},
        {give_away_owner, fun() -> ets:give_away(T, self(), x) end},
        {give_away_id, fun() -> ets:give_away(no_such_tab, self(), x) end},
        {first_id, fun() -> ets:first(no_such_tab) end},
        {next_id, fun() -> ets:next(no_such_tab, k) end},
        {next_ordered, fun() -> ets:next(O, nokey) end},
        {prev_id, fun() -> ets:prev(no_such_tab, k) end},
        {last_id, fun() -> ets:last(no_such_tab) end},
        {tab2list_id, fun() -> ets:tab2list(no_such_tab) end},
        {info_id, fun() -> ets:info(no_such_tab) end},
        {info2_bad, fun() -> ets:info(T, bad_item) end},
        {select_ms, fun() -> ets:select(T, bad) end},
        {select_id, fun() -> ets:select(no_such_tab, []) end},
        {select3_limit, fun() -> ets:select(T, [], 0) end},
        {match_limit, fun() -> ets:match(T, '_', 0) end},
        {match_id, fun() -> ets:match(no_such_tab, '_') end},
        {match_object_id, fun() -> ets:match_object(no_such_tab, '_') end},
        {match_delete_id, fun() -> ets:match_delete(no_such_tab, '_') end},
        {select_count_id, fun() -> ets:select_count(no_such_tab, []) end},
        {select_delete_id, fun() -> ets:select_delete(no_such_tab, []) end},
        {select_delete_ms, fun() -> ets:select_delete(T, bad) end},
        {select_replace_ms, fun() -> ets:select_replace(T, bad) end},
        {select_reverse_ms, fun() -> ets:select_reverse(T, bad) end},
        {slot_range, fun() -> ets:slot(T, -1) end},
        {setopts_bad, fun() -> ets:setopts(T, bad) end},
        {rename_id, fun() -> ets:rename(no_such_tab, x) end},
        {rename_exists, fun() -> ets:rename(T, cf_p_error_info_ord) end},
        {whereis_bad, fun() -> ets:whereis(1) end},
        {safe_fixtable, fun() -> ets:safe_fixtable(T, x) end},
        {delete_object_id, fun() -> ets:delete_object(no_such_tab, {a}) end},
        {member_id, fun() -> ets:member(no_such_tab, a) end},
        {take_id, fun() -> ets:take(no_such_tab, a) end},
        {delete_all_objects_id, fun() -> ets:delete_all_objects(no_such_tab) end},
        {match_spec_compile, fun() -> ets:match_spec_compile(bad) end},
        {all_ok, fun() -> is_list(ets:all()) end}
    ],
    [run(N, F) || {N, F} <- Cases],
    Self = self(),
    spawn(fun() ->
                  R = [try ets:insert(P, {a}) catch C:E:S -> {C, E, clean(hd(S))} end,
                       try ets:lookup(T, k) catch C:E:S -> {C, E, clean(hd(S))} end],
                  Self ! {access, R}
          end),
    receive {access, R} -> io:format("access: ~0p~n", [R]) end,
    ets:delete(T),
    ets:delete(O),
    ets:delete(P),
    ets_more().

%% More ETS causes: table types, ownership, private tables, argument order.
ets_more() ->
    B = ets:new(cf_p_error_info_bag, [bag, named_table, public]),
    true = ets:insert(B, {k, 1}),
    Pr = ets:new(cf_p_error_info_priv, [named_table, private]),
    S = ets:new(cf_p_error_info_set, [named_table, public]),
    true = ets:insert(S, {k, 1, a}),
    Self = self(),
    Other = fun(F) ->
                    spawn(fun() -> Self ! {other, try F() catch C:E:St -> {C, E, clean(hd(St))} end} end),
                    receive {other, X} -> X end
            end,
    Cases = [
        {bag_update_counter, fun() -> ets:update_counter(B, k, 1) end},
        {bag_update_element, fun() -> ets:update_element(B, k, {2, 1}) end},
        {bag_select_replace, fun() -> ets:select_replace(B, []) end},
        {bag_lookup_element, fun() -> ets:lookup_element(B, nokey, 2) end},
        {deleted_ref, fun() -> T = ets:new(x, []), ets:delete(T), ets:lookup(T, 1) end},
        {give_away_not_owner, fun() -> Other(fun() -> ets:give_away(S, Self, x) end) end},
        {give_away_notpid_other, fun() -> Other(fun() -> ets:give_away(S, a, x) end) end},
        {give_away_dead, fun() -> P = spawn(fun() -> ok end), Ref = monitor(process, P),
                                  receive {'DOWN', Ref, _, _, _} -> ok end,
                                  ets:give_away(S, P, x) end},
        {give_away_notpid, fun() -> ets:give_away(S, a, x) end},
        {private_read, fun() -> Other(fun() -> ets:lookup(Pr, 1) end) end},
        {private_info, fun() -> Other(fun() -> ets:info(Pr, size) end) end},
        {private_delete, fun() -> Other(fun() -> ets:delete(Pr) end) end},
        {setopts_not_owner, fun() -> Other(fun() -> ets:setopts(S, [{heir, none}]) end) end},
        {info_type, fun() -> ets:info(1) end},
        {info2_type, fun() -> ets:info(1, size) end},
        {info2_id, fun() -> ets:info(no_such_tab, size) end},
        {whereis_missing, fun() -> ets:whereis(no_such_tab) end},
        {insert_improper, fun() -> ets:insert(S, [{a} | b]) end},
        {update_counter_default_ok, fun() -> ets:update_counter(S, nokey, {2, 1}, {nokey, 0}) end},
        {update_counter_default_bad, fun() -> ets:update_counter(S, nokey2, {2, 1}, notatuple) end},
        {update_counter_default_keypos, fun() -> ets:update_counter(S, nokey3, {1, 1}, {x, 1}) end},
        {update_counter_threshold3, fun() -> ets:update_counter(S, k, {2, 1, 0}) end},
        {update_counter_list_keypos, fun() -> ets:update_counter(S, k, [{2, 1}, {1, 1}]) end},
        {update_counter_list_pos, fun() -> ets:update_counter(S, k, [{9, 1}, {1, 1}]) end},
        {update_counter_list_notint, fun() -> ets:update_counter(S, k, [{3, 1}, {1, 1}]) end},
        {update_counter_nokey_badop, fun() -> ets:update_counter(S, nokey9, x) end},
        {update_counter_nokey_keypos, fun() -> ets:update_counter(S, nokey9, {1, 1}) end},
        {update_counter_pos0, fun() -> ets:update_counter(S, k, {0, 1}) end},
        {update_counter_neg_pos, fun() -> ets:update_counter(S, k, {-1, 1}) end},
        {update_counter_atom_pos, fun() -> ets:update_counter(S, k, {a, 1}) end},
        {update_counter_id_badop, fun() -> ets:update_counter(no_such_tab, k, x) end},
        {update_element_list_keypos, fun() -> ets:update_element(S, k, [{2, 1}, {1, 1}]) end},
        {update_element_list_pos, fun() -> ets:update_element(S, k, [{9, 1}, {1, 1}]) end},
        {update_element_nokey, fun() -> ets:update_element(S, nokey, {2, 1}) end},
        {update_element_pos0, fun() -> ets:update_element(S, k, {0, 1}) end},
        {lookup_element_pos0, fun() -> ets:lookup_element(S, k, 0) end},
        {lookup_element_nokey_pos0, fun() -> ets:lookup_element(S, nokey, 0) end},
        {lookup_element_id_badpos, fun() -> ets:lookup_element(no_such_tab, k, a) end},
        {slot_id, fun() -> ets:slot(no_such_tab, -1) end},
        {slot_big, fun() -> ets:slot(S, 100000) end},
        {select_id_badms, fun() -> ets:select(no_such_tab, bad) end},
        {select_continuation, fun() -> ets:select(bad) end},
        {match_continuation, fun() -> ets:match(bad) end},
        {safe_fixtable_id, fun() -> ets:safe_fixtable(no_such_tab, x) end},
        {take_type, fun() -> ets:take(1, a) end},
        {delete_all_objects_type, fun() -> ets:delete_all_objects(1) end},
        {rename_badname, fun() -> ets:rename(S, 1) end},
        {rename_id_badname, fun() -> ets:rename(no_such_tab, 1) end},
        {new_heir_bad, fun() -> ets:new(x, [{heir, a, b}]) end},
        {new_keypos0, fun() -> ets:new(x, [{keypos, 0}]) end},
        {new_opts_notlist, fun() -> ets:new(x, a) end},
        {tab2list_ok, fun() -> lists:sort(ets:tab2list(S)) end},
        {match_delete_ok, fun() -> ets:match_delete(S, {nokey, '_'}) end},
        {select_delete_all, fun() -> T = ets:new(x, []), ets:insert(T, [{1}, {2}]),
                                     ets:select_delete(T, [{'_', [], [true]}]) end},
        {delete_all_objects_ok, fun() -> ets:delete_all_objects(B) end}
    ],
    [run(N, F) || {N, F} <- Cases],
    ets:delete(B),
    ets:delete(Pr),
    ets:delete(S).

%% Binary construction: `error_info` with `cause => {Segment, Type, Error,
%% Value}` in the current function's entry.
binaries(A) ->
    B = id(<<1:3>>),
    N = id(-1),
    Big = id(1 bsl 1100),
    Cases = [
        {int_type, fun() -> <<A:8>> end},
        {bin_type, fun() -> <<A/binary>> end},
        {bin_unit, fun() -> <<B/binary>> end},
        {size_neg, fun() -> <<1:N>> end},
        {size_atom, fun() -> <<1:A>> end},
        {size_float, fun() -> <<1:(id(1.0))>> end},
        {size_neg_big, fun() -> <<1:(id(-(1 bsl 70)))>> end},
        {float_type, fun() -> <<A/float>> end},
        {float_invalid, fun() -> <<(id(1.5)):(id(7))/float>> end},
        {float_invalid_type, fun() -> <<A:(id(7))/float>> end},
        {float_no_float, fun() -> <<Big:64/float>> end},
        {float_unit_ok, fun() -> <<(id(1.0)):(id(4))/float-unit:8>> end},
        {utf8, fun() -> <<N/utf8>> end},
        {utf16, fun() -> <<(id(16#110000))/utf16>> end},
        {utf32, fun() -> <<A/utf32>> end},
        {bin_short, fun() -> <<B:2/binary>> end},
        {bin_short_unit, fun() -> <<(id(<<1, 2, 3>>)):3/binary-unit:16>> end},
        {second_segment, fun() -> <<1, A:8>> end},
        {after_string, fun() -> <<"abc", A:8>> end},
        {sizes_first, fun() -> <<A:8, 1:N>> end},
        {zero_size_type, fun() -> <<A:(id(0))>> end},
        {append_acc, fun() -> append(a, 1) end},
        {append_value, fun() -> append(<<>>, a) end},
        {append_unit, fun() -> append(B, 1) end},
        {accumulate, fun() -> accumulate([1, 2, a], <<>>) end},
        {size_limit, fun() -> <<1:(id(1 bsl 60))>> end},
        {float_size_limit, fun() -> <<(id(1.0)):(id(1 bsl 61))/float>> end},
        {bitstring_ok, fun() -> <<B/bitstring>> end}
    ],
    [run(Name, F) || {Name, F} <- Cases],
    stacks().

append(Acc, X) -> <<Acc/binary, X:8>>.

accumulate([], Acc) -> Acc;
accumulate([H | T], Acc) -> accumulate(T, <<Acc/binary, H:8>>).

%% Whole stack traces: the BIF's entry, then its callers, for calls and
%% tail calls of BIFs and of functions OTP writes in Erlang.
stacks() ->
    Cases = [
        {nested_bif, fun() -> {ok, deep1(id(1))} end},
        {nested_tail_bif, fun() -> deep_tail(id(1)) end},
        {nested_erlang_impl, fun() -> {ok, deep_impl(id(1))} end},
        {nested_tail_erlang_impl, fun() -> deep_tail_impl(id(1)) end},
        {nested_apply, fun() -> {ok, deep_apply(id(erlang), id(1))} end},
        {nested_tail_apply, fun() -> deep_tail_apply(id(erlang), id(1)) end},
        {nested_fun_export, fun() -> F = id(fun erlang:atom_to_list/1), {ok, F(1)} end},
        {nested_tail_fun_export, fun() -> F = id(fun erlang:atom_to_list/1), F(1) end},
        {tail_fun_badarity, fun() -> F = id(fun(X) -> X end), F() end},
        {tail_fun_body, fun() -> F = id(fun(X) -> X + a end), F(1) end},
        {tail_fun_undef, fun() -> F = id(fun no_such_mod_zq:f/1), F(1) end},
        {tail_static_undef, fun() -> no_such_mod_zq:f(1) end},
        {static_undef, fun() -> {no_such_mod_zq:f(1)} end},
        {tail_dynamic_undef, fun() -> (id(no_such_mod_zq)):f(1) end},
        {nested_plus_lit, fun() -> {ok, deep_plus(id(a))} end},
        {nested_catch, fun() -> catch_strip(catch atom_to_list(id(1))) end},
        {rethrow, fun() ->
                          try atom_to_list(id(1))
                          catch error:E:St -> erlang:raise(error, {wrapped, E}, St)
                          end
                  end}
    ],
    [begin
         R = try F() of
                 V -> {ok, clean(V)}
             catch
                 C:E:S -> {C, clean(E), [clean(X) || X <- upto_stacks(S)]}
             end,
         io:format("~p: ~0p~n", [N, R])
     end || {N, F} <- Cases],
    ok.

%% The entries down to stacks/0: those below depend on how main/0 was
%% started.
upto_stacks(S) ->
    {Above, [Stacks | _]} = lists:splitwith(fun(E) -> element(2, E) =/= stacks end, S),
    Above ++ [Stacks].

deep1(X) -> {atom_to_list(X)}.
deep_tail(X) -> atom_to_list(X).
deep_impl(X) -> {atom_to_binary(X)}.
deep_tail_impl(X) -> atom_to_binary(X).
deep_apply(M, X) -> {M:atom_to_list(X)}.
deep_tail_apply(M, X) -> M:atom_to_list(X).
deep_plus(X) -> {X + 1}.

catch_strip({'EXIT', {R, [Top | _]}}) -> {'EXIT', R, Top};
catch_strip(Other) -> Other.
