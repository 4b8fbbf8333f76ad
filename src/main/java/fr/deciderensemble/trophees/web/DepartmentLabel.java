package fr.deciderensemble.trophees.web;

import fr.deciderensemble.trophees.candidacy.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Pages show a department stored by its code with its name: {@code #{departmentLabel.of(code)}}. */
@Named
@ApplicationScoped
public class DepartmentLabel {

    public String of(String code) {
        return Department.label(code);
    }
}
