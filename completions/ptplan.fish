# fish completion for ptplan. Installed as
# /usr/share/fish/vendor_completions.d/ptplan.fish.

set -l commands plan batch explain review check catalog vocabulary config schema new-profile
complete -c ptplan -f
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a plan -d 'Make a weekly plan for one profile'
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a batch -d 'Make plans for many profiles'
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a explain -d 'Show every rule that fired and why'
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a review -d 'Summarise the course from the progress log'
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a check -d 'Validate catalog, rules, templates, profiles'
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a catalog -d 'Browse the exercise catalog'
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a vocabulary -d 'List every allowed word'
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a config -d 'Print the settings in force'
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a schema -d 'Print a JSON Schema'
complete -c ptplan -n "not __fish_seen_subcommand_from $commands" -a new-profile -d 'Print a profile skeleton'

complete -c ptplan -n "__fish_seen_subcommand_from plan explain review check batch" -F
complete -c ptplan -l catalog -r -a '(__fish_complete_directories)' -d 'Knowledge base folder'
complete -c ptplan -l catalog-add -r -a '(__fish_complete_directories)' -d 'Add a folder of exercises and rules'
complete -c ptplan -l templates -r -a '(__fish_complete_directories)' -d 'Template folder'
complete -c ptplan -l config -r -F -d 'Configuration file'
complete -c ptplan -l no-config -d 'Read no configuration file'
complete -c ptplan -l quiet -d 'No warnings or summaries'
complete -c ptplan -l help -d 'Show help'
complete -c ptplan -l version -d 'Show the version'
complete -c ptplan -n "__fish_seen_subcommand_from plan review" -l format -x -a 'markdown text html json' -d 'Output format'
complete -c ptplan -n "__fish_seen_subcommand_from batch" -l format -x -d 'Formats, comma-separated'
complete -c ptplan -n "__fish_seen_subcommand_from plan batch" -l paper -x -a 'a4 letter' -d 'Paper size (HTML)'
complete -c ptplan -n "__fish_seen_subcommand_from plan batch" -l width -x -d 'Line width (text)'
complete -c ptplan -n "__fish_seen_subcommand_from plan batch explain" -l week -x -a 'next 1 2 3 4 5 6' -d 'Week of the programme'
complete -c ptplan -n "__fish_seen_subcommand_from plan review" -s o -l output -r -F -d 'Output file'
complete -c ptplan -n "__fish_seen_subcommand_from plan review batch" -l force -d 'Overwrite existing files'
complete -c ptplan -n "__fish_seen_subcommand_from batch" -l out-dir -r -a '(__fish_complete_directories)' -d 'Output folder'
complete -c ptplan -n "__fish_seen_subcommand_from batch" -l jobs -x -d 'Parallel workers'
complete -c ptplan -n "__fish_seen_subcommand_from batch" -l resume -d 'Finish an interrupted batch'
complete -c ptplan -n "__fish_seen_subcommand_from explain" -l json -d 'Print the plan as JSON'
complete -c ptplan -n "__fish_seen_subcommand_from catalog" -a 'list show'
complete -c ptplan -n "__fish_seen_subcommand_from vocabulary" -a 'conditions precautions red-flags limitations equipment categories positions movements muscle-groups biases urgencies'
complete -c ptplan -n "__fish_seen_subcommand_from schema" -a 'profile catalog'
