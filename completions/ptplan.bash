# bash completion for ptplan. Installed as
# /usr/share/bash-completion/completions/ptplan; works without the
# bash-completion package too (source this file).

_ptplan()
{
  local cur prev command i
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  local commands="plan batch explain review check catalog vocabulary config schema new-profile"
  local common="--catalog --catalog-add --templates --config --no-config --quiet --help --version"

  command=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      -*) ;;
      *) command=${COMP_WORDS[i]}; break ;;
    esac
  done

  case $prev in
    --format)
      if [ "$command" = review ]; then
        COMPREPLY=($(compgen -W "markdown text json" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "markdown text html json" -- "$cur"))
      fi
      return ;;
    --paper) COMPREPLY=($(compgen -W "a4 letter" -- "$cur")); return ;;
    --week) COMPREPLY=($(compgen -W "next 1 2 3 4 5 6 7 8 9 10 11 12" -- "$cur")); return ;;
    --catalog | --catalog-add | --templates | --out-dir)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -d -- "$cur"))
      return ;;
    --config | -o | --output)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$cur"))
      return ;;
    --width | --jobs | --category | --condition | --position) return ;;
  esac

  if [ -z "$command" ]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi

  local options
  case $command in
    plan) options="--format --paper --width --week -o --output --force $common" ;;
    batch) options="--out-dir --format --paper --width --week --jobs --force --resume $common" ;;
    explain) options="--week --json $common" ;;
    review) options="--format -o --output --force $common" ;;
    check) options="$common" ;;
    catalog) options="list show $common --category --condition --position" ;;
    vocabulary)
      options="conditions precautions red-flags limitations equipment categories positions movements muscle-groups biases urgencies $common" ;;
    config) options="$common" ;;
    schema) options="profile catalog --catalog --help --version" ;;
    new-profile) options="--help --version" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    case $command in
      catalog | vocabulary | schema) COMPREPLY=($(compgen -W "$options" -- "$cur")) ;;
      *)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
        ;;
    esac
  fi
}
complete -F _ptplan ptplan
